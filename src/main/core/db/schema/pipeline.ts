/** The pipeline's tables: bids (opportunities), the organisations and contacts on them, tags and stage events. */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  CONTACT_KINDS,
  DURATION_UNITS,
  ENGAGEMENTS,
  IR35_STATUSES,
  ORGANISATION_KINDS,
  RATE_UNITS,
  REMOTE_MODES,
  SOURCES,
  STAGES,
} from '../../../../shared/domain';
import { inList } from './checks';
import { recordUid } from './identity';

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: recordUid(),
    name: text('name').notNull(),
    /** `matchKey(name)`: two organisations whose names a person would read as the same cannot both exist. */
    nameKey: text('name_key').notNull(),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    website: text('website').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('organisations_uid_unique').on(table.uid),
    uniqueIndex('organisations_name_key_unique').on(table.nameKey),
    check('organisations_kind_check', inList('kind', ORGANISATION_KINDS)),
  ],
);

export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: recordUid(),
    name: text('name').notNull(),
    /** `matchKey(name)`, to find a contact typed again in another spelling. */
    nameKey: text('name_key').notNull(),
    organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    /** Job title. */
    title: text('title').notNull().default(''),
    /** What they are to the user (CONTACT_KINDS); null until known. Checked at the boundary: a CHECK would rebuild the table. */
    kind: text('kind', { enum: CONTACT_KINDS }),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    profileUrl: text('profile_url').notNull().default(''),
    /** One of the few recruiters the user builds a long partnership with: kept in touch with more often. */
    keyPartner: integer('key_partner', { mode: 'boolean' }).notNull().default(false),
    /** Days between keep-in-touch reminders for this contact; null: the default for their kind. */
    cadenceDays: integer('cadence_days'),
    notes: text('notes').notNull().default(''),
    /**
     * The latest interaction with them, kept by triggers (migration 0014) from the interactions' own dates: never
     * typed, and a back-dated entry never moves it backwards. Null: never in touch yet.
     */
    lastContactAt: integer('last_contact_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('contacts_uid_unique').on(table.uid),index('contacts_name_key_idx').on(table.nameKey)],
);

export const opportunities = sqliteTable(
  'opportunities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: recordUid(),
    title: text('title').notNull(),
    clientId: integer('client_id').references(() => organisations.id, { onDelete: 'set null' }),
    agencyId: integer('agency_id').references(() => organisations.id, { onDelete: 'set null' }),
    recruiterId: integer('recruiter_id').references(() => contacts.id, { onDelete: 'set null' }),
    hiringManagerId: integer('hiring_manager_id').references(() => contacts.id, { onDelete: 'set null' }),
    source: text('source', { enum: SOURCES }).notNull(),
    engagement: text('engagement', { enum: ENGAGEMENTS }).notNull(),
    rateMinor: integer('rate_minor'),
    rateCurrency: text('rate_currency'),
    rateUnit: text('rate_unit', { enum: RATE_UNITS }),
    durationValue: integer('duration_value'),
    durationUnit: text('duration_unit', { enum: DURATION_UNITS }).notNull().default('months'),
    expectedStart: text('expected_start'),
    expectedEnd: text('expected_end'),
    location: text('location').notNull().default(''),
    remoteMode: text('remote_mode', { enum: REMOTE_MODES }),
    ir35: text('ir35', { enum: IR35_STATUSES }).notNull().default('unknown'),
    stage: text('stage', { enum: STAGES }).notNull(),
    priority: integer('priority').notNull().default(2),
    notes: text('notes').notNull().default(''),
    briefText: text('brief_text').notNull().default(''),
    /** JSON array of `{label, done}`: read and written whole with the bid, never queried item by item. */
    briefChecklist: text('brief_checklist', { mode: 'json' }).$type<{ label: string; done: boolean }[]>().notNull(),
    /** Share of the checklist ticked, 0–100, written with the checklist: cards and charts read it without parsing JSON. */
    briefCompleteness: integer('brief_completeness').notNull().default(0),
    stageChangedAt: integer('stage_changed_at').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    archivedAt: integer('archived_at'),
  },
  (table) => [
    uniqueIndex('opportunities_uid_unique').on(table.uid),
    // The board reads each lane newest-first by priority; a partial index keeps archived bids out of it.
    index('opportunities_board_idx')
      .on(table.stage, table.priority, table.stageChangedAt, table.id)
      .where(sql`archived_at IS NULL`),
    // Lane counts need only the stage: this narrower index makes counting every live bid, as a search does, cheaper.
    index('opportunities_live_stage_idx')
      .on(table.stage)
      .where(sql`archived_at IS NULL`),
    // Closed lanes read newest first by the time a bid entered its stage, whatever its priority; on the board
    // and in the archive alike.
    index('opportunities_closed_lane_idx')
      .on(table.stage, table.stageChangedAt, table.id)
      .where(sql`archived_at IS NULL`),
    index('opportunities_archived_idx')
      .on(table.stage, table.priority, table.stageChangedAt, table.id)
      .where(sql`archived_at IS NOT NULL`),
    index('opportunities_archived_closed_lane_idx')
      .on(table.stage, table.stageChangedAt, table.id)
      .where(sql`archived_at IS NOT NULL`),
    index('opportunities_agency_idx').on(table.agencyId),
    index('opportunities_client_idx').on(table.clientId),
    check('opportunities_stage_check', inList('stage', STAGES)),
    check('opportunities_rate_check', sql`rate_minor IS NULL OR rate_minor >= 0`),
    check('opportunities_priority_check', sql`priority BETWEEN 1 AND 3`),
    check('opportunities_brief_check', sql`brief_completeness BETWEEN 0 AND 100`),
    check('opportunities_dates_check', sql`expected_end IS NULL OR expected_start IS NULL OR expected_end >= expected_start`),
  ],
);

export const opportunityTags = sqliteTable(
  'opportunity_tags',
  {
    opportunityId: integer('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    /** As the user spelled it. */
    tag: text('tag').notNull(),
    /** `matchKey(tag)`: a bid has each tag once in whatever spelling, and the board's filter matches any. */
    tagKey: text('tag_key').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.opportunityId, table.tagKey] }),
    index('opportunity_tags_tag_key_idx').on(table.tagKey, table.opportunityId),
  ],
);

/** Every stage change, so that time in stage, funnels and undo can be computed from history. */
export const stageEvents = sqliteTable(
  'stage_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: recordUid(),
    opportunityId: integer('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    /** Null for the event that records the bid's creation. */
    fromStage: text('from_stage', { enum: STAGES }),
    toStage: text('to_stage', { enum: STAGES }).notNull(),
    at: integer('at').notNull(),
    note: text('note'),
    /** An event is never changed after it is written, so its last change is when it happened. */
    updatedAt: integer('updated_at').generatedAlwaysAs(sql`at`, { mode: 'virtual' }),
  },
  (table) => [
    uniqueIndex('stage_events_uid_unique').on(table.uid),index('stage_events_opportunity_idx').on(table.opportunityId, table.id)],
);
