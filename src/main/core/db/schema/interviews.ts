/** Interviews on a bid: when and how, who asked, how the user felt it went, and what feedback came back. */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { INTERVIEW_FORMATS } from '../../../../shared/domain';
import { inList } from './checks';
import { recordUid } from './identity';
import { contacts, opportunities } from './pipeline';

export const interviews = sqliteTable(
  'interviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: recordUid(),
    opportunityId: integer('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    /** The instant it starts; `timeZone` is the IANA zone it was entered in, so it reads back as the user typed it. */
    startsAt: integer('starts_at').notNull(),
    timeZone: text('time_zone').notNull(),
    format: text('format', { enum: INTERVIEW_FORMATS }).notNull(),
    /** JSON array of `{label, done}`, read and written whole with the interview. */
    prepChecklist: text('prep_checklist', { mode: 'json' }).$type<{ label: string; done: boolean }[]>().notNull(),
    questions: text('questions').notNull().default(''),
    notes: text('notes').notNull().default(''),
    selfRating: integer('self_rating'),
    selfNote: text('self_note').notNull().default(''),
    /** When the self-assessment was saved: it shows the user's view was taken before the feedback arrived. */
    selfAssessedAt: integer('self_assessed_at'),
    feedbackRating: integer('feedback_rating'),
    feedbackText: text('feedback_text').notNull().default(''),
    feedbackFromId: integer('feedback_from_id').references(() => contacts.id, { onDelete: 'set null' }),
    feedbackReceivedOn: text('feedback_received_on'),
    /** When the feedback was recorded. */
    feedbackRecordedAt: integer('feedback_recorded_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('interviews_uid_unique').on(table.uid),
    index('interviews_opportunity_idx').on(table.opportunityId, table.startsAt),
    index('interviews_starts_at_idx').on(table.startsAt),
    // The board's "How did the interview go?" prompt looks on every card for an interview not yet self-assessed:
    // this index holds only those, so the look is one seek into a small index.
    index('interviews_awaiting_self_idx')
      .on(table.opportunityId, table.startsAt)
      .where(sql`self_rating IS NULL`),
    // Insights' calibration chart reads only interviews rated both ways, all it needs of each from this index.
    index('interviews_rated_idx')
      .on(table.opportunityId, table.selfRating, table.feedbackRating, table.startsAt)
      .where(sql`self_rating IS NOT NULL AND feedback_rating IS NOT NULL`),
    check('interviews_format_check', inList('format', INTERVIEW_FORMATS)),
    check('interviews_round_check', sql`round >= 1`),
    check('interviews_self_rating_check', sql`self_rating IS NULL OR self_rating BETWEEN 1 AND 5`),
    check('interviews_feedback_rating_check', sql`feedback_rating IS NULL OR feedback_rating BETWEEN 1 AND 5`),
    check('interviews_self_stamp_check', sql`(self_rating IS NULL) = (self_assessed_at IS NULL)`),
  ],
);

export const interviewers = sqliteTable(
  'interviewers',
  {
    interviewId: integer('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.interviewId, table.contactId] }), index('interviewers_contact_idx').on(table.contactId)],
);
