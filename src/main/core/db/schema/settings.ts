/** The user's settings: one row (id 1), absent until first saved, when the defaults apply. */
import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const settings = sqliteTable(
  'settings',
  {
    id: integer('id').primaryKey(),
    keyPartnerCadenceDays: integer('key_partner_cadence_days').notNull(),
    recruiterCadenceDays: integer('recruiter_cadence_days'),
    liveBidsTarget: integer('live_bids_target').notNull(),
    /** JSON array of day numbers (Sunday 0), read and written whole. */
    workingDays: text('working_days', { mode: 'json' }).$type<number[]>().notNull(),
    notifications: integer('notifications', { mode: 'boolean' }).notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  () => [check('settings_single_row', sql`id = 1`)],
);
