/**
 * Rule 9, gone quiet: a bid in Submitted or later with no move and no interaction about it for 21 days is raised,
 * so that the user can chase it or move it to No response with one click. It is never moved by itself. Its
 * trigger is the bid and the last sign of life (a move, an interaction, or the last such reminder answered), so
 * that any of these restarts the clock, and activity answers an open one. Deleted three times in a row with nothing
 * happening between, it stops for that bid until the next move or interaction.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { closeAnswered } from './answered';
import { STRIKES_BEFORE_STOPPING, strikesSince } from './strikes';

export const QUIET_DAYS = 21;
const DAY_MS = 86_400_000;
const CHASED_STAGES = `'submitted', 'shortlisted', 'interview', 'offer'`;

const LAST_ACTIVITY = `max(o.stage_changed_at, coalesce((SELECT max(i.occurred_at) FROM interactions i WHERE i.opportunity_id = o.id), 0))`;

/** Each live bid from Submitted on, with its last sign of life and the reminders deleted since its last activity. */
const LAST_SIGN = sql.raw(`SELECT o.id AS bid_id, o.title AS title, max(${LAST_ACTIVITY},
    coalesce((SELECT max(r.closed_at) FROM reminders r WHERE r.rule = 'gone_quiet' AND r.opportunity_id = o.id AND r.closed_by = 'user'), 0)) AS since,
    ${strikesSince('gone_quiet', 'opportunity_id', 'o.id', LAST_ACTIVITY)} AS strikes
  FROM opportunities o WHERE o.stage IN (${CHASED_STAGES}) AND o.archived_at IS NULL`);

export function evaluateGoneQuiet(db: Db, now: number): void {
  db.run(sql`INSERT INTO reminders (kind, rule, trigger_key, title, why, due_at, opportunity_id, created_at, updated_at)
    SELECT 'gone_quiet', 'gone_quiet', 'quiet:' || q.bid_id || '@' || q.since, '“' || q.title || '” has gone quiet',
      'No move and no word for ${sql.raw(String(QUIET_DAYS))} days: chase it, or move it to No response', q.since + ${sql.raw(String(QUIET_DAYS * DAY_MS))}, q.bid_id, ${now}, ${now}
    FROM (${LAST_SIGN}) q WHERE q.since + ${sql.raw(String(QUIET_DAYS * DAY_MS))} <= ${now} AND q.strikes < ${sql.raw(String(STRIKES_BEFORE_STOPPING))}
    ON CONFLICT (rule, trigger_key) DO NOTHING`);
  // A move or a word since (or the bid closed, archived or gone): answered.
  closeAnswered(db, now, ['gone_quiet'], sql`reminders.trigger_key NOT IN (SELECT 'quiet:' || q.bid_id || '@' || q.since FROM (${LAST_SIGN}) q)`);
}
