/** The Today view: open reminders by the local day they show on, counted from the core's clock. */
import { and, count, gte, lt, sql } from 'drizzle-orm';
import type { Reminder, Today } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { reminders } from '../../db/schema';
import { readTransaction } from '../../db/transactions';
import { localDateAt, localTimeOn } from '../contracts/calendar-days';
import { openReminders, SHOWS_AT } from './reminders';

/** How many of the reminders after this week the view lists; the rest are counted. */
export const LATER_SHOWN = 50;
/** "This week": the seven days after today. */
const WEEK_DAYS = 7;

export function getToday(db: Db, now: number): Today {
  return readTransaction(db, (tx) => {
    const today = localDateAt(now);
    const tomorrow = localTimeOn(today, 1);
    const afterWeek = localTimeOn(today, 1 + WEEK_DAYS);
    const startOfToday = localTimeOn(today);
    const soon = openReminders(tx, lt(SHOWS_AT, afterWeek));
    const later = openReminders(tx, gte(SHOWS_AT, afterWeek)).slice(0, LATER_SHOWN);
    const laterCount =
      tx
        .select({ n: count() })
        .from(reminders)
        .where(and(sql`${reminders.status} = 'open'`, gte(SHOWS_AT, afterWeek)))
        .get()?.n ?? 0;
    const showsAt = (reminder: Reminder) => Math.max(reminder.dueAt, reminder.snoozedUntil ?? 0);
    return {
      now,
      overdue: soon.filter((reminder) => showsAt(reminder) < startOfToday),
      today: soon.filter((reminder) => showsAt(reminder) >= startOfToday && showsAt(reminder) < tomorrow),
      week: soon.filter((reminder) => showsAt(reminder) >= tomorrow),
      later,
      laterCount,
      hasData: tx.get<{ any: number }>(sql`SELECT EXISTS (SELECT 1 FROM opportunities) OR EXISTS (SELECT 1 FROM contacts) AS any`).any === 1,
    };
  });
}
