/** What a closed bid taught: its outcome, the reasons behind it (built in or the user's own), and the feedback. */
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { OUTCOME_STAGES, REASON_CONTROLS, STAGES } from '../../../../shared/domain';
import { inList } from './checks';
import { recordUid } from './identity';
import { contacts, opportunities, stageEvents } from './pipeline';

/** The built-in reasons (seeded, with a `code`) and the user's own (no code; they can rename and retire them). */
export const rejectionReasons = sqliteTable(
  'rejection_reasons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: recordUid(),
    code: text('code'),
    label: text('label').notNull(),
    labelKey: text('label_key').notNull(),
    control: text('control', { enum: REASON_CONTROLS }).notNull(),
    /** The reason points at something to develop, and shows on the Skills page. */
    pointsAtGap: integer('points_at_gap', { mode: 'boolean' }).notNull().default(false),
    retiredAt: integer('retired_at'),
    createdAt: integer('created_at').notNull(),
    /** Renamed, retired or brought back; the SQL default is only for rows stored before the column (migration 0022 sets them). */
    updatedAt: integer('updated_at').notNull().default(0),
  },
  (table) => [
    uniqueIndex('rejection_reasons_uid_unique').on(table.uid),
    uniqueIndex('rejection_reasons_code_unique').on(table.code),
    uniqueIndex('rejection_reasons_label_key_unique').on(table.labelKey),
    check('rejection_reasons_control_check', inList('control', REASON_CONTROLS)),
  ],
);

export const rejectionOutcomes = sqliteTable(
  'rejection_outcomes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: recordUid(),
    opportunityId: integer('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    /** The move that closed the bid: undoing it removes the outcome with it. */
    closingEventId: integer('closing_event_id')
      .notNull()
      .references(() => stageEvents.id, { onDelete: 'cascade' }),
    closedAs: text('closed_as', { enum: OUTCOME_STAGES }).notNull(),
    /** The furthest stage the bid reached before it closed. */
    stageReached: text('stage_reached', { enum: STAGES }).notNull(),
    closedOn: text('closed_on').notNull(),
    feedbackRequestedOn: text('feedback_requested_on'),
    feedbackReceivedOn: text('feedback_received_on'),
    feedbackText: text('feedback_text').notNull().default(''),
    /** The day the user closed the request as "no feedback": no more follow-ups, and none is counted as awaited. */
    feedbackClosedOn: text('feedback_closed_on'),
    feedbackFromId: integer('feedback_from_id').references(() => contacts.id, { onDelete: 'set null' }),
    thankYouSent: integer('thank_you_sent', { mode: 'boolean' }).notNull().default(false),
    doorLeftOpen: integer('door_left_open', { mode: 'boolean' }).notNull().default(false),
    lesson: text('lesson').notNull().default(''),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('rejection_outcomes_uid_unique').on(table.uid),
    uniqueIndex('rejection_outcomes_closing_event_unique').on(table.closingEventId),
    index('rejection_outcomes_opportunity_idx').on(table.opportunityId),
    index('rejection_outcomes_closed_on_idx').on(table.closedOn),
    check('rejection_outcomes_closed_as_check', inList('closed_as', OUTCOME_STAGES)),
    check('rejection_outcomes_stage_reached_check', inList('stage_reached', STAGES)),
  ],
);

export const outcomeReasons = sqliteTable(
  'outcome_reasons',
  {
    outcomeId: integer('outcome_id')
      .notNull()
      .references(() => rejectionOutcomes.id, { onDelete: 'cascade' }),
    reasonId: integer('reason_id')
      .notNull()
      .references(() => rejectionReasons.id, { onDelete: 'restrict' }),
  },
  (table) => [primaryKey({ columns: [table.outcomeId, table.reasonId] }), index('outcome_reasons_reason_idx').on(table.reasonId, table.outcomeId)],
);
