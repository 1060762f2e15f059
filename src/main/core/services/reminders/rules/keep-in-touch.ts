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
import { eq, inArray, sql } from 'drizzle-orm';
import type { Settings } from '../../../../../shared/schemas';
import type { Db } from '../../../db/open';
import { reminders } from '../../../db/schema';
import { closeAnswered } from './answered';
import { STRIKES_BEFORE_STOPPING } from './strikes';

const DAY_MS = 86_400_000;
const TITLE_PREFIX = 'Get in touch with ';

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
      max(coalesce(c.last_contact_at, CASE WHEN c.key_partner THEN c.created_at END), coalesce(max(CASE WHEN r.closed_by = 'user' THEN r.closed_at END), 0)) AS since,
      -- The strikes of rules/strikes.ts, counted in the same pass over the contact's closed reminders.
      count(CASE WHEN r.status = 'dismissed' AND r.closed_at > coalesce(c.last_contact_at, 0) THEN 1 END) AS strikes
    FROM contacts c LEFT JOIN reminders r ON r.contact_id = c.id AND r.rule = 'keep_in_touch' AND r.status <> 'open'
    WHERE ${cadence} IS NOT NULL GROUP BY c.id`);
}

interface DueContact {
  id: number;
  name: string;
  cadence: number;
  why: string;
  since: number | null;
  strikes: number;
}

/**
 * Read once, written only where something changed: with a thousand contacts on a cadence, re-evaluation (every
 * minute, and after each write) must cost a read, not a thousand upserts.
 */
export function evaluateKeepInTouch(db: Db, now: number, settings: Settings): void {
  const due = db.all<DueContact>(dueContacts(settings));
  // Only the columns compared, read as plain rows: mapping a thousand whole rows costs more than the query.
  const open = db.all<{ id: number; triggerKey: string; title: string; why: string; dueAt: number }>(
    sql`SELECT id, trigger_key AS triggerKey, title, why, due_at AS dueAt FROM reminders WHERE rule = 'keep_in_touch' AND status = 'open'`,
  );
  const openByTrigger = new Map(open.map((reminder) => [reminder.triggerKey, reminder]));
  const current = new Set<string>();
  for (const contact of due) {
    if (contact.since === null) continue;
    const triggerKey = `contact:${contact.id}@${contact.since}`;
    current.add(triggerKey);
    const wanted = { title: `${TITLE_PREFIX}${contact.name}`, why: contact.why, dueAt: contact.since + contact.cadence * DAY_MS };
    const existing = openByTrigger.get(triggerKey);
    if (existing) {
      // An open one takes a changed cadence, and a changed name unless the user retitled it.
      const title = existing.title.startsWith(TITLE_PREFIX) ? wanted.title : existing.title;
      if (existing.title !== title || existing.why !== wanted.why || existing.dueAt !== wanted.dueAt) {
        db.update(reminders).set({ ...wanted, title, updatedAt: now }).where(eq(reminders.id, existing.id)).run();
      }
    } else if (contact.strikes < STRIKES_BEFORE_STOPPING) {
      // One per contact and instant counted from, ever: one already answered for this trigger stays answered.
      db.insert(reminders)
        .values({ kind: 'keep_in_touch', rule: 'keep_in_touch', triggerKey, contactId: contact.id, ...wanted, createdAt: now, updatedAt: now })
        .onConflictDoNothing()
        .run();
    }
  }
  // An open reminder whose trigger is no longer the contact's (in touch since, or no cadence any more) is answered.
  const answered = open.filter((reminder) => !current.has(reminder.triggerKey)).map((reminder) => reminder.id);
  if (answered.length > 0) closeAnswered(db, now, ['keep_in_touch'], inArray(reminders.id, answered));
}
