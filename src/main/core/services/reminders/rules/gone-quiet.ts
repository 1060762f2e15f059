/**
 * Rule 9, gone quiet: a bid in Submitted or later with no move and no interaction about it for 21 days is raised,
 * so that the user can chase it or move it to No response with one click. It is never moved by itself. Its
 * trigger is the bid and the last sign of life (a move, an interaction, or the last such reminder answered), so
 * that any of these restarts the clock, and activity answers an open one. Deleted three times in a row with nothing
 * happening between, it stops for that bid until the next move or interaction.
 */
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { reminders } from '../../../db/schema';
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
  // Read once: each chased bid's last sign of life, and the open reminders; written only where something changed.
  const bids = db.all<{ bidId: number; title: string; since: number; strikes: number }>(
    sql`SELECT q.bid_id AS bidId, q.title, q.since, q.strikes FROM (${LAST_SIGN}) q`,
  );
  const open = db.all<{ id: number; triggerKey: string }>(sql`SELECT id, trigger_key AS triggerKey FROM reminders WHERE rule = 'gone_quiet' AND status = 'open'`);
  const openTriggers = new Set(open.map((reminder) => reminder.triggerKey));
  const current = new Set<string>();
  for (const bid of bids) {
    const triggerKey = `quiet:${bid.bidId}@${bid.since}`;
    current.add(triggerKey);
    if (openTriggers.has(triggerKey) || bid.since + QUIET_DAYS * DAY_MS > now || bid.strikes >= STRIKES_BEFORE_STOPPING) continue;
    db.insert(reminders)
      .values({
        kind: 'gone_quiet',
        rule: 'gone_quiet',
        triggerKey,
        title: `“${bid.title}” has gone quiet`,
        why: `No move and no word for ${QUIET_DAYS} days: chase it, or move it to No response`,
        dueAt: bid.since + QUIET_DAYS * DAY_MS,
        opportunityId: bid.bidId,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .run();
  }
  // A move or a word since (or the bid closed, archived or gone): answered.
  const answered = open.filter((reminder) => !current.has(reminder.triggerKey)).map((reminder) => reminder.id);
  if (answered.length > 0) closeAnswered(db, now, ['gone_quiet'], inArray(reminders.id, answered));
}
