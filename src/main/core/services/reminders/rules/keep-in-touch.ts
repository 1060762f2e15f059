/**
 * Rule 1, keep in touch: a contact with a cadence is due for a word `cadence` days after the last contact (the
 * latest interaction's own date). The cadence is the contact's own, else the Settings' one for a key partner (30
 * days by default) or a recruiter (60); anyone else has none unless one is set for them. Someone never in touch
 * yet counts only if marked a key partner (from when they were added): every recruiter ever named on a bid would
 * otherwise fall due at once.
 *
 * Its trigger is the contact and the instant it counts from: the last contact, or the last such reminder the user
 * completed or deleted if later (the next one is a cadence on). Logging an interaction makes a new trigger, and the
 * open one for the old trigger is answered; a changed cadence moves the open one's due date. Three deleted in a
 * row with no interaction between stop it for that contact until the next interaction.
 */
import { sql } from 'drizzle-orm';
import type { Settings } from '../../../../../shared/schemas';
import type { Db } from '../../../db/open';
import { closeAnswered } from './answered';
import { STRIKES_BEFORE_STOPPING, strikesSince } from './strikes';

const DAY_MS = 86_400_000;

/** The contact's cadence in days, or null for none (the settings are whole numbers, checked by their schema). */
function cadenceOf({ keyPartnerCadenceDays, recruiterCadenceDays }: Settings): string {
  const recruiter = recruiterCadenceDays === null ? 'NULL' : String(Math.trunc(recruiterCadenceDays));
  return `coalesce(c.cadence_days, CASE WHEN c.key_partner THEN ${Math.trunc(keyPartnerCadenceDays)} WHEN c.kind = 'recruiter' THEN ${recruiter} END)`;
}

/** Each contact with a cadence: the instant it counts from (null: never in touch and not a key partner) and its strikes. */
function dueContacts(settings: Settings) {
  const cadence = cadenceOf(settings);
  return sql.raw(`SELECT c.id AS id, c.name AS name, ${cadence} AS cadence,
      CASE WHEN c.cadence_days IS NOT NULL THEN 'In touch every ' || c.cadence_days || ' days, as set for them'
        WHEN c.key_partner THEN 'Key partner: in touch every ' || ${cadence} || ' days'
        ELSE 'Recruiter: in touch every ' || ${cadence} || ' days' END AS why,
      max(coalesce(c.last_contact_at, CASE WHEN c.key_partner THEN c.created_at END),
        coalesce((SELECT max(r.closed_at) FROM reminders r WHERE r.contact_id = c.id AND r.rule = 'keep_in_touch' AND r.closed_by = 'user'), 0)) AS since,
      ${strikesSince('keep_in_touch', 'contact_id', 'c.id', 'coalesce(c.last_contact_at, 0)')} AS strikes
    FROM contacts c WHERE ${cadence} IS NOT NULL`);
}

export function evaluateKeepInTouch(db: Db, now: number, settings: Settings): void {
  const due = dueContacts(settings);
  // One reminder per contact and instant counted from; an open one takes a changed cadence and name.
  db.run(sql`INSERT INTO reminders (kind, title, why, due_at, contact_id, rule, trigger_key, created_at, updated_at)
    SELECT 'keep_in_touch', 'Get in touch with ' || k.name, k.why, k.since + k.cadence * ${sql.raw(String(DAY_MS))}, k.id, 'keep_in_touch',
      'contact:' || k.id || '@' || k.since, ${now}, ${now}
    FROM (${due}) k WHERE k.since IS NOT NULL AND k.strikes < ${sql.raw(String(STRIKES_BEFORE_STOPPING))}
    ON CONFLICT (rule, trigger_key) DO UPDATE SET due_at = excluded.due_at, why = excluded.why, title = excluded.title, updated_at = excluded.updated_at
      WHERE reminders.status = 'open'
        AND (reminders.due_at IS NOT excluded.due_at OR reminders.why IS NOT excluded.why OR reminders.title IS NOT excluded.title)`);
  // An open reminder whose trigger is no longer the contact's (in touch since, or no cadence any more) is answered.
  closeAnswered(db, now, ['keep_in_touch'], sql`reminders.trigger_key NOT IN (SELECT 'contact:' || k.id || '@' || k.since FROM (${due}) k WHERE k.since IS NOT NULL)`);
}
