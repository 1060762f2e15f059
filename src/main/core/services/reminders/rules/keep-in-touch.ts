/**
 * Rule 1, keep in touch: a contact with a cadence is due for a word `cadence` days after the last contact (the
 * latest interaction's own date). The cadence is the contact's own, else 30 days for a key partner and 60 for a
 * recruiter; anyone else has none unless one is set for them. Someone never in touch yet counts only if marked a
 * key partner (from when they were added): every recruiter ever named on a bid would otherwise fall due at once.
 *
 * Its trigger is the contact and the instant it counts from: logging an interaction makes a new trigger (a new
 * reminder, and the open one for the old trigger is answered); a changed cadence moves the open one's due date.
 */
import { sql } from 'drizzle-orm';
import { KEEP_IN_TOUCH_DAYS } from '../../../../../shared/domain';
import type { Db } from '../../../db/open';
import { closeAnswered } from './answered';

const DAY_MS = 86_400_000;

/** The contact's cadence in days, or null for none. */
const CADENCE = sql.raw(
  `coalesce(c.cadence_days, CASE WHEN c.key_partner THEN ${KEEP_IN_TOUCH_DAYS.keyPartner} WHEN c.kind = 'recruiter' THEN ${KEEP_IN_TOUCH_DAYS.recruiter} END)`,
);
const SINCE = sql`coalesce(c.last_contact_at, CASE WHEN c.key_partner THEN c.created_at END)`;

export function evaluateKeepInTouch(db: Db, now: number): void {
  // One reminder per contact and instant counted from; an open one takes a changed cadence and name.
  db.run(sql`INSERT INTO reminders (kind, title, why, due_at, contact_id, rule, trigger_key, created_at, updated_at)
    SELECT 'keep_in_touch', 'Get in touch with ' || c.name,
      CASE WHEN c.cadence_days IS NOT NULL THEN 'In touch every ' || c.cadence_days || ' days, as set for them'
        WHEN c.key_partner THEN 'Key partner: in touch every ${sql.raw(String(KEEP_IN_TOUCH_DAYS.keyPartner))} days'
        ELSE 'Recruiter: in touch every ${sql.raw(String(KEEP_IN_TOUCH_DAYS.recruiter))} days' END,
      ${SINCE} + ${CADENCE} * ${sql.raw(String(DAY_MS))}, c.id, 'keep_in_touch', 'contact:' || c.id || '@' || ${SINCE}, ${now}, ${now}
    FROM contacts c WHERE ${CADENCE} IS NOT NULL AND ${SINCE} IS NOT NULL
    ON CONFLICT (rule, trigger_key) DO UPDATE SET due_at = excluded.due_at, why = excluded.why, title = excluded.title, updated_at = excluded.updated_at
      WHERE reminders.status = 'open'
        AND (reminders.due_at IS NOT excluded.due_at OR reminders.why IS NOT excluded.why OR reminders.title IS NOT excluded.title)`);
  // An open reminder whose trigger is no longer the contact's (in touch since, or no cadence any more) is answered.
  closeAnswered(
    db,
    now,
    ['keep_in_touch'],
    sql`NOT EXISTS (SELECT 1 FROM contacts c WHERE c.id = reminders.contact_id AND ${CADENCE} IS NOT NULL AND ${SINCE} IS NOT NULL
      AND reminders.trigger_key = 'contact:' || c.id || '@' || ${SINCE})`,
  );
}
