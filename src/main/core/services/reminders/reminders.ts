/** Reminders as the Today view reads and answers them: open ones soonest first; done, snoozed, dismissed. */
import { asc, eq, sql } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';
import { ApiError } from '../../../../shared/errors';
import type { Reminder } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { contacts, opportunities, reminders } from '../../db/schema';
import { writeTransaction } from '../../db/transactions';
import { evaluateReminders } from './evaluate';

/** When an open reminder shows: when it falls due, or when its snooze ends if that is later. */
const SHOWS_AT = sql`max(${reminders.dueAt}, coalesce(${reminders.snoozedUntil}, 0))`;

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

export function listReminders(db: Db, now: number): Reminder[] {
  evaluateReminders(db, now);
  return selectReminders(db).where(eq(reminders.status, 'open')).orderBy(asc(SHOWS_AT), asc(reminders.id)).all().map(toReminder);
}

/** The open reminder `id`, or why there is none to act on. */
function openReminder(db: Db, id: number) {
  const found = db.select({ status: reminders.status }).from(reminders).where(eq(reminders.id, id)).get();
  if (!found) throw new ApiError('NOT_FOUND', 'That reminder no longer exists. It may have been deleted in another window; reload to see the current list.');
  if (found.status !== 'open') throw new ApiError('CONFLICT', `That reminder is already ${found.status === 'done' ? 'done' : 'deleted'}.`);
}

function close(db: Db, now: number, id: number, status: 'done' | 'dismissed'): { id: number } {
  return writeTransaction(db, (tx) => {
    openReminder(tx, id);
    tx.update(reminders).set({ status, closedAt: now, updatedAt: now }).where(eq(reminders.id, id)).run();
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
    openReminder(tx, input.reminderId);
    const made = tx.select({ rule: reminders.rule }).from(reminders).where(eq(reminders.id, input.reminderId)).get();
    if (made?.rule === null) tx.delete(reminders).where(eq(reminders.id, input.reminderId)).run();
    else close(tx, now, input.reminderId, 'dismissed');
    return { id: input.reminderId };
  });
}

export function snoozeReminder(db: Db, now: number, input: ApiParsedInput<'snoozeReminder'>): Reminder {
  return writeTransaction(db, (tx) => {
    openReminder(tx, input.reminderId);
    if (input.until <= now) throw new ApiError('VALIDATION', 'Snooze until must be later than now', { until: 'Snooze until must be later than now' });
    tx.update(reminders).set({ snoozedUntil: input.until, updatedAt: now }).where(eq(reminders.id, input.reminderId)).run();
    return toReminder(selectReminders(tx).where(eq(reminders.id, input.reminderId)).get() as Row);
  });
}
