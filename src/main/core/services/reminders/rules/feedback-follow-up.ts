/**
 * Rule 3, feedback follow-up: feedback asked for and nothing received seven days on: one follow-up, then none
 * (one per outcome and day asked). Recording the feedback as received, or closing the request as "no feedback",
 * answers it; a request more than a month old when the rule first looks is left alone.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { newRecordUid } from '../../../db/record-id';
import { localDateAt, localTimeOn } from '../../contracts/calendar-days';
import { WORKING_MORNING_HOUR } from '../working-days';
import { closeAnswered } from './answered';

export const FOLLOW_UP_AFTER_DAYS = 7;
const DAY_MS = 86_400_000;

export function evaluateFeedbackFollowUp(db: Db, now: number): void {
  // Requests whose follow-up falls due from a month ago on (older ones are left alone), not followed up yet.
  const askedSince = localDateAt(now - (30 + FOLLOW_UP_AFTER_DAYS + 1) * DAY_MS);
  const asked = db.all<{ outcomeId: number; bidId: number; title: string; requestedOn: string; contactId: number | null; contactName: string | null }>(sql`
    SELECT r.id AS outcomeId, r.opportunity_id AS bidId, o.title AS title, r.feedback_requested_on AS requestedOn, c.id AS contactId, c.name AS contactName
    FROM rejection_outcomes r JOIN opportunities o ON o.id = r.opportunity_id
      LEFT JOIN contacts c ON c.id = coalesce(r.feedback_from_id, o.recruiter_id, o.hiring_manager_id)
    WHERE r.feedback_requested_on >= ${askedSince} AND r.feedback_received_on IS NULL AND r.feedback_text = '' AND r.feedback_closed_on IS NULL
      AND NOT EXISTS (SELECT 1 FROM reminders m WHERE m.rule = 'feedback_follow_up' AND m.trigger_key = 'feedback:' || r.id || '@' || r.feedback_requested_on)`);
  for (const request of asked) {
    const dueAt = localTimeOn(request.requestedOn, FOLLOW_UP_AFTER_DAYS, WORKING_MORNING_HOUR);
    if (dueAt < now - 30 * DAY_MS) continue;
    db.run(sql`INSERT INTO reminders (uid, kind, rule, trigger_key, title, why, due_at, contact_id, opportunity_id, created_at, updated_at)
      VALUES (${newRecordUid(now)}, 'feedback_follow_up', 'feedback_follow_up', ${`feedback:${request.outcomeId}@${request.requestedOn}`},
        ${`Follow up the feedback on “${request.title}”${request.contactName ? ` with ${request.contactName}` : ''}`},
        ${`Feedback asked for ${FOLLOW_UP_AFTER_DAYS} days ago and none received yet: one follow-up, then let it go`},
        ${dueAt}, ${request.contactId}, ${request.bidId}, ${now}, ${now})
      ON CONFLICT (rule, trigger_key) DO NOTHING`);
  }
  // Feedback received (a date or its text), the request closed as "no feedback", or the outcome gone: answered.
  closeAnswered(
    db,
    now,
    ['feedback_follow_up'],
    // The outcome is found by the id in the trigger (`feedback:<id>@<day asked>`), by its key.
    sql`NOT EXISTS (SELECT 1 FROM rejection_outcomes r WHERE r.id = CAST(substr(reminders.trigger_key, 10, instr(reminders.trigger_key, '@') - 10) AS INTEGER)
      AND reminders.trigger_key = 'feedback:' || r.id || '@' || r.feedback_requested_on
      AND r.feedback_received_on IS NULL AND r.feedback_text = '' AND r.feedback_closed_on IS NULL)`,
  );
}
