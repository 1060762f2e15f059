/** Reminders as the Today view, a contact's page and a bid's panel read and answer them. */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';
import { ApiError } from '../../../../shared/errors';
import type { Reminder } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { contacts, opportunities, rejectionOutcomes, reminders } from '../../db/schema';
import { writeTransaction } from '../../db/transactions';
import { notFound } from '../errors';
import { localDateAt, localTimeOn } from '../contracts/calendar-days';
import { WORKING_MORNING_HOUR } from './working-days';

/**
 * When an open reminder shows: when it falls due, or when its snooze ends if that is later. Written exactly as
 * the index `reminders_open_shows_idx` (migration 0019) is, so that SQLite reads that index for it.
 */
export const SHOWS_AT = sql<number>`max(due_at, coalesce(snoozed_until, 0))`;

function selectReminders(db: Db) {
  return db
    .select({
      reminder: reminders,
      contactName: contacts.name,
      bidTitle: opportunities.title,
    })
    .from(reminders)
    .leftJoin(contacts, eq(contacts.id, reminders.contactId))
    .leftJoin(opportunities, eq(opportunities.id, reminders.opportunityId));
}

type Row = ReturnType<ReturnType<typeof selectReminders>['all']>[number];

function toReminder({ reminder, contactName, bidTitle }: Row): Reminder {
  return {
    id: reminder.id,
    kind: reminder.kind,
    title: reminder.title,
    why: reminder.why,
    dueAt: reminder.dueAt,
    snoozedUntil: reminder.snoozedUntil,
    contact: reminder.contactId !== null && contactName !== null ? { id: reminder.contactId, name: contactName } : null,
    bid: reminder.opportunityId !== null && bidTitle !== null ? { id: reminder.opportunityId, name: bidTitle } : null,
    rule: reminder.rule,
  };
}

interface OpenRow {
  id: number;
  kind: Reminder['kind'];
  title: string;
  why: string;
  dueAt: number;
  snoozedUntil: number | null;
  rule: Reminder['rule'];
  contactId: number | null;
  contactName: string | null;
  bidId: number | null;
  bidTitle: string | null;
}

/**
 * Open reminders for which `where` holds (SQL over `reminders`), soonest shown first, at most `limit`. Read as
 * plain rows in the index's order: Today lists hundreds at once, every minute.
 */
export function openReminders(db: Db, where: SQL = sql`1`, limit = -1): Reminder[] {
  const rows = db.all<OpenRow>(sql`SELECT r.id, r.kind, r.title, r.why, r.due_at AS dueAt, r.snoozed_until AS snoozedUntil, r.rule,
      c.id AS contactId, c.name AS contactName, o.id AS bidId, o.title AS bidTitle
    FROM (SELECT * FROM reminders WHERE status = 'open' AND ${where} ORDER BY ${SHOWS_AT}, id LIMIT ${limit}) r
      LEFT JOIN contacts c ON c.id = r.contact_id LEFT JOIN opportunities o ON o.id = r.opportunity_id
    ORDER BY max(r.due_at, coalesce(r.snoozed_until, 0)), r.id`);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    why: row.why,
    dueAt: row.dueAt,
    snoozedUntil: row.snoozedUntil,
    contact: row.contactId !== null && row.contactName !== null ? { id: row.contactId, name: row.contactName } : null,
    bid: row.bidId !== null && row.bidTitle !== null ? { id: row.bidId, name: row.bidTitle } : null,
    rule: row.rule,
  }));
}

export function listReminders(db: Db, input: ApiParsedInput<'listReminders'>): Reminder[] {
  if (input?.contactId !== undefined) return openReminders(db, sql`contact_id = ${input.contactId}`);
  if (input?.bidId !== undefined) return openReminders(db, sql`opportunity_id = ${input.bidId}`);
  return openReminders(db);
}

function reminderWithId(db: Db, id: number): Reminder {
  const row = selectReminders(db).where(eq(reminders.id, id)).get();
  if (!row) throw new ApiError('NOT_FOUND', 'That reminder no longer exists. It may have been deleted in another window; reload to see the current list.');
  return toReminder(row);
}

/** The open reminder `id`, or why there is none to act on. */
function openReminder(db: Db, id: number) {
  const found = db.select().from(reminders).where(eq(reminders.id, id)).get();
  if (!found) throw new ApiError('NOT_FOUND', 'That reminder no longer exists. It may have been deleted in another window; reload to see the current list.');
  if (found.status !== 'open') throw new ApiError('CONFLICT', `That reminder is already ${found.status === 'done' ? 'done' : 'deleted'}.`);
  return found;
}

function close(db: Db, now: number, id: number, status: 'done' | 'dismissed'): { id: number } {
  return writeTransaction(db, (tx) => {
    openReminder(tx, id);
    tx.update(reminders).set({ status, closedAt: now, closedBy: 'user', updatedAt: now }).where(eq(reminders.id, id)).run();
    return { id };
  });
}

export const completeReminder = (db: Db, now: number, input: ApiParsedInput<'completeReminder'>) => close(db, now, input.reminderId, 'done');

/**
 * A reminder deleted: one the user set goes; one a rule made is kept, dismissed, as the record that its trigger
 * was answered, so that the rule does not make it again.
 */
export function dismissReminder(db: Db, now: number, input: ApiParsedInput<'dismissReminder'>): { id: number } {
  return writeTransaction(db, (tx) => {
    const found = openReminder(tx, input.reminderId);
    if (found.rule === null) tx.delete(reminders).where(eq(reminders.id, input.reminderId)).run();
    else close(tx, now, input.reminderId, 'dismissed');
    return { id: input.reminderId };
  });
}

export function snoozeReminder(db: Db, now: number, input: ApiParsedInput<'snoozeReminder'>): Reminder {
  return writeTransaction(db, (tx) => {
    openReminder(tx, input.reminderId);
    if (input.until <= now) throw new ApiError('VALIDATION', 'Snooze until must be later than now', { until: 'Snooze until must be later than now' });
    tx.update(reminders).set({ snoozedUntil: input.until, updatedAt: now }).where(eq(reminders.id, input.reminderId)).run();
    return reminderWithId(tx, input.reminderId);
  });
}

/** The instant a reminder the user sets is due: the time given on the day, else the working morning (09:00). */
function dueInstant(date: string, time: string | null): number {
  if (time === null) return localTimeOn(date, 0, WORKING_MORNING_HOUR);
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return localTimeOn(date, 0, hours, minutes);
}

function refuseOldDate(date: string, now: number): void {
  if (date < localDateAt(now)) throw new ApiError('VALIDATION', 'Due date cannot be before today', { dueDate: 'Due date cannot be before today' });
}

export function createReminder(db: Db, now: number, input: ApiParsedInput<'createReminder'>): Reminder {
  return writeTransaction(db, (tx) => {
    refuseOldDate(input.dueDate, now);
    if (input.contactId !== null && !tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.id, input.contactId)).get()) throw notFound('contact');
    if (input.bidId !== null && !tx.select({ id: opportunities.id }).from(opportunities).where(eq(opportunities.id, input.bidId)).get()) throw notFound('bid');
    const { id } = tx
      .insert(reminders)
      .values({
        kind: 'manual',
        title: input.title,
        why: input.note,
        dueAt: dueInstant(input.dueDate, input.dueTime),
        contactId: input.contactId,
        opportunityId: input.bidId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: reminders.id })
      .get();
    return reminderWithId(tx, id);
  });
}

export function updateReminder(db: Db, now: number, input: ApiParsedInput<'updateReminder'>): Reminder {
  return writeTransaction(db, (tx) => {
    const found = openReminder(tx, input.reminderId);
    if (found.rule === null) {
      const dueAt = dueInstant(input.dueDate, input.dueTime);
      if (dueAt !== found.dueAt) refuseOldDate(input.dueDate, now);
      tx.update(reminders).set({ title: input.title, why: input.note, dueAt, updatedAt: now }).where(eq(reminders.id, found.id)).run();
    } else {
      // The rule's due date and reasons are its own: a different date for it is a snooze, said so rather than lost.
      if (input.dueDate !== localDateAt(found.dueAt) || input.note !== found.why) {
        const message = 'A rule sets when this reminder is due and why: snooze it to put it off';
        throw new ApiError('VALIDATION', message, { dueDate: message });
      }
      tx.update(reminders).set({ title: input.title, updatedAt: now }).where(eq(reminders.id, found.id)).run();
    }
    return reminderWithId(tx, found.id);
  });
}

/** The bid's feedback requests closed as "no feedback" today: its follow-up is answered and none comes again. */
export function closeFeedbackRequest(db: Db, now: number, input: ApiParsedInput<'closeFeedbackRequest'>): { id: number } {
  return writeTransaction(db, (tx) => {
    const closed = tx
      .update(rejectionOutcomes)
      .set({ feedbackClosedOn: localDateAt(now), updatedAt: now })
      .where(
        and(
          eq(rejectionOutcomes.opportunityId, input.bidId),
          sql`${rejectionOutcomes.feedbackRequestedOn} IS NOT NULL AND ${rejectionOutcomes.feedbackReceivedOn} IS NULL AND ${rejectionOutcomes.feedbackClosedOn} IS NULL`,
        ),
      )
      .returning({ id: rejectionOutcomes.id })
      .all();
    if (closed.length === 0) throw new ApiError('CONFLICT', 'That bid has no feedback request still awaiting an answer.');
    return { id: input.bidId };
  });
}
