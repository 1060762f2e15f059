/** `temp.insight_scope`: the bids one call of Insights looks at, with what the charts need of each. */
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { WAITING_STAGES } from './history';

/**
 * One row per bid in scope. Days are local day numbers (days since 1 January 1970 in the user's time zone, see
 * `localOffsetMs`): `created_day` when the bid was added, `closed_day` when it entered its current stage, which
 * for a won or lost bid is when it was decided. `furthest` is the furthest stage its history reached (a rank),
 * `outcome_id` a lost bid's latest rejection outcome, and `<stage>_ms` the time it spent in that stage on the
 * visits it moved on from (null if it never did).
 */
export const CREATE_SCOPE = `CREATE TEMP TABLE IF NOT EXISTS insight_scope (
  id INTEGER PRIMARY KEY, agency_id INTEGER, source TEXT NOT NULL, stage TEXT NOT NULL, won INTEGER NOT NULL, lost INTEGER NOT NULL,
  created_day INTEGER NOT NULL, closed_day INTEGER NOT NULL, closed_at INTEGER NOT NULL, band INTEGER NOT NULL,
  furthest INTEGER, outcome_id INTEGER, ${WAITING_STAGES.map((stage) => `${stage}_ms INTEGER`).join(', ')})`;

/**
 * The same table for drizzle, which writes it: an insert names these columns in this order. drizzle-kit never
 * reads this file, so the table is no part of the schema.
 */
export const insightScope = sqliteTable('insight_scope', {
  id: integer('id').primaryKey(),
  agencyId: integer('agency_id'),
  source: text('source').notNull(),
  stage: text('stage').notNull(),
  won: integer('won').notNull(),
  lost: integer('lost').notNull(),
  createdDay: integer('created_day').notNull(),
  closedDay: integer('closed_day').notNull(),
  closedAt: integer('closed_at').notNull(),
  band: integer('band').notNull(),
  furthest: integer('furthest'),
  outcomeId: integer('outcome_id'),
  ...Object.fromEntries(WAITING_STAGES.map((stage) => [`${stage}Ms`, integer(`${stage}_ms`)])),
});
