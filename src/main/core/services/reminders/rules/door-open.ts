/**
 * Rule 4, door open: ninety days after a bid is lost, a check-in with each of its decision makers (the hiring
 * manager) and interviewers, to keep the relationship warm for the next role. One per person and closing, made
 * a week before it is due (so that Today does not list a quarter ahead); one that fell due over a month before
 * the rule first looks is left alone. A bid revived answers its open check-ins.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { closeAnswered } from './answered';

export const DOOR_OPEN_DAYS = 90;
const DAY_MS = 86_400_000;
const LOOKBACK_MS = 30 * DAY_MS;

export function evaluateDoorOpen(db: Db, now: number): void {
  const after = DOOR_OPEN_DAYS * DAY_MS;
  // Lost bids whose check-in falls due from a month ago to a week ahead (the bid's latest move closed it:
  // bid_facts' stage_changed_at), and the people who decided on them.
  db.run(sql`INSERT INTO reminders (uid, kind, rule, trigger_key, title, why, due_at, contact_id, opportunity_id, created_at, updated_at)
    SELECT stint_record_uid(${now}), 'door_open', 'door_open', 'door:' || f.opportunity_id || '@' || f.stage_changed_at || ':' || c.id,
      'Check in with ' || c.name, 'Three months since “' || o.title || '” was lost: keep the door open for the next role',
      f.stage_changed_at + ${sql.raw(String(after))}, c.id, f.opportunity_id, ${now}, ${now}
    FROM bid_facts f INDEXED BY bid_facts_closed_at_idx
      JOIN opportunities o ON o.id = f.opportunity_id
      JOIN contacts c ON c.id IN (SELECT o.hiring_manager_id UNION SELECT ic.contact_id FROM interviews i JOIN interviewers ic ON ic.interview_id = i.id WHERE i.opportunity_id = o.id)
    WHERE f.closed = 'lost' AND f.stage_changed_at >= ${now - after - LOOKBACK_MS} AND f.stage_changed_at + ${sql.raw(String(after))} <= ${now + 7 * DAY_MS}
    ON CONFLICT (rule, trigger_key) DO NOTHING`);
  closeAnswered(db, now, ['door_open'], sql`NOT EXISTS (SELECT 1 FROM bid_facts f WHERE f.opportunity_id = reminders.opportunity_id AND f.closed = 'lost')`);
}
