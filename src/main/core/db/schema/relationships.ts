/** Relationships: each time the user was in touch, with whom, and about which bid. */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { INTERACTION_CHANNELS, REMINDER_KINDS, REMINDER_STATUSES } from '../../../../shared/domain';
import { inList } from './checks';
import { recordUid } from './identity';
import { contacts, opportunities } from './pipeline';

export const interactions = sqliteTable(
  'interactions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: recordUid(),
    /** When it happened, as the user says (back-dating allowed); "last contact" is read from this, never typed. */
    occurredAt: integer('occurred_at').notNull(),
    channel: text('channel', { enum: INTERACTION_CHANNELS }).notNull(),
    summary: text('summary').notNull().default(''),
    /** The bid it was about, if any; the interaction stays if the bid is deleted. */
    opportunityId: integer('opportunity_id').references(() => opportunities.id, { onDelete: 'set null' }),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('interactions_uid_unique').on(table.uid),index('interactions_opportunity_idx').on(table.opportunityId, table.occurredAt), check('interactions_channel_check', inList('channel', INTERACTION_CHANNELS))],
);

/** Who took part: one or more contacts per interaction. */
export const interactionContacts = sqliteTable(
  'interaction_contacts',
  {
    interactionId: integer('interaction_id')
      .notNull()
      .references(() => interactions.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.interactionId, table.contactId] }), index('interaction_contacts_contact_idx').on(table.contactId, table.interactionId)],
);

/**
 * Reminders, set by the user or made by a rule. A rule-made one stores its rule and the trigger it answers
 * (`trigger_key`, e.g. the contact and the last contact it counts from): one row per rule and trigger, ever, so
 * that re-evaluation, restarts and edits never make it twice, and completing or dismissing it never brings it back.
 */
export const reminders = sqliteTable(
  'reminders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: recordUid(),
    kind: text('kind', { enum: REMINDER_KINDS }).notNull(),
    title: text('title').notNull(),
    /** Why it exists, in words ("Last contact 31 days ago; key partners every 30 days"). */
    why: text('why').notNull().default(''),
    dueAt: integer('due_at').notNull(),
    /** Put off until then; the due date itself is kept. */
    snoozedUntil: integer('snoozed_until'),
    status: text('status', { enum: REMINDER_STATUSES }).notNull().default('open'),
    contactId: integer('contact_id').references(() => contacts.id, { onDelete: 'cascade' }),
    opportunityId: integer('opportunity_id').references(() => opportunities.id, { onDelete: 'cascade' }),
    /** Null for a reminder the user set. */
    rule: text('rule', { enum: REMINDER_KINDS }),
    triggerKey: text('trigger_key'),
    closedAt: integer('closed_at'),
    /**
     * Who closed it: 'user' (completed or deleted it) or 'rule' (what it asked about happened or ended). Only the
     * user's answer restarts a rule's clock; null while open.
     */
    closedBy: text('closed_by', { enum: ['user', 'rule'] }),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('reminders_uid_unique').on(table.uid),
    uniqueIndex('reminders_rule_trigger_unique').on(table.rule, table.triggerKey),
    index('reminders_open_due_idx')
      .on(table.dueAt)
      .where(sql`status = 'open'`),
    index('reminders_contact_idx').on(table.contactId),
    index('reminders_opportunity_idx').on(table.opportunityId),
    check('reminders_kind_check', inList('kind', REMINDER_KINDS)),
    check('reminders_status_check', inList('status', REMINDER_STATUSES)),
    check('reminders_rule_check', sql`(rule IS NULL) = (trigger_key IS NULL)`),
  ],
);
