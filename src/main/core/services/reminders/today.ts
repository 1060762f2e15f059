/** The Today view: open reminders by the local day they show on, counted from the core's clock. */
import { sql } from 'drizzle-orm';
import { TODAY_GROUP_SHOWN, type Today } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { readTransaction } from '../../db/transactions';
import { localDateAt, localTimeOn } from '../contracts/calendar-days';
import { openReminders, SHOWS_AT } from './reminders';

/** "This week": the seven days after today. */
const WEEK_DAYS = 7;

export function getToday(db: Db, now: number): Today {
  return readTransaction(db, (tx) => {
    const today = localDateAt(now);
    const bounds = { startOfToday: localTimeOn(today), tomorrow: localTimeOn(today, 1), afterWeek: localTimeOn(today, 1 + WEEK_DAYS) };
    const between = (from: number | null, to: number | null) =>
      openReminders(tx, sql`${SHOWS_AT} >= ${from ?? Number.MIN_SAFE_INTEGER} AND ${SHOWS_AT} < ${to ?? Number.MAX_SAFE_INTEGER}`, TODAY_GROUP_SHOWN);
    const counts = tx.get<Today['counts']>(sql`SELECT
        count(CASE WHEN ${SHOWS_AT} < ${bounds.startOfToday} THEN 1 END) AS overdue,
        count(CASE WHEN ${SHOWS_AT} >= ${bounds.startOfToday} AND ${SHOWS_AT} < ${bounds.tomorrow} THEN 1 END) AS today,
        count(CASE WHEN ${SHOWS_AT} >= ${bounds.tomorrow} AND ${SHOWS_AT} < ${bounds.afterWeek} THEN 1 END) AS week,
        count(CASE WHEN ${SHOWS_AT} >= ${bounds.afterWeek} THEN 1 END) AS later
      FROM reminders WHERE status = 'open'`);
    return {
      now,
      overdue: between(null, bounds.startOfToday),
      today: between(bounds.startOfToday, bounds.tomorrow),
      week: between(bounds.tomorrow, bounds.afterWeek),
      later: between(bounds.afterWeek, null),
      counts,
      hasData: tx.get<{ any: number }>(sql`SELECT EXISTS (SELECT 1 FROM opportunities) OR EXISTS (SELECT 1 FROM contacts) AS any`).any === 1,
    };
  });
}
