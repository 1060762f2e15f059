/**
 * Reminders and interviews as an `.ics` file that Google Calendar and Outlook import. Times are written as UTC
 * instants, which every calendar shows in its user's own zone, daylight saving included (a zone name without the
 * VTIMEZONE block Outlook needs would be worse). Each event keeps a stable UID, so that importing again updates it.
 */
import { and, eq, gte, sql } from 'drizzle-orm';
import { ICalCalendarMethod, default as icalGenerator } from 'ical-generator';
import { INTERVIEW_FORMAT_LABELS } from '../../../../shared/domain';
import { reminderShowsAt } from '../../../../shared/record-address';
import type { Db } from '../../db/open';
import { interviews, opportunities } from '../../db/schema';
import { readTransaction } from '../../db/transactions';
import { localDateAt } from '../contracts/calendar-days';
import { openReminders } from '../reminders/reminders';
import { localDateTimeOf } from '../interviews/zoned-time';

const MINUTE_MS = 60_000;
/** A reminder is a short slot at the time it shows; an interview is blocked out for an hour. */
const REMINDER_MINUTES = 15;
const INTERVIEW_MINUTES = 60;

export function exportCalendar(db: Db, now: number): { fileName: string; content: string } {
  return readTransaction(db, (tx) => {
    const calendar = icalGenerator({ name: 'Stint', prodId: { company: 'Stint', product: 'Stint', language: 'EN' }, method: ICalCalendarMethod.PUBLISH });
    for (const reminder of openReminders(tx)) {
      const start = reminderShowsAt(reminder);
      const about = [reminder.contact?.name, reminder.bid?.name].filter(Boolean).join(' · ');
      calendar.createEvent({
        id: `reminder-${reminder.id}@stint`,
        start: new Date(start),
        end: new Date(start + REMINDER_MINUTES * MINUTE_MS),
        summary: reminder.title,
        description: [reminder.why, about].filter(Boolean).join('\n'),
        stamp: new Date(now),
      });
    }
    const upcoming = tx
      .select({ id: interviews.id, round: interviews.round, startsAt: interviews.startsAt, timeZone: interviews.timeZone, format: interviews.format, title: opportunities.title })
      .from(interviews)
      .innerJoin(opportunities, eq(opportunities.id, interviews.opportunityId))
      .where(and(gte(interviews.startsAt, now), sql`${opportunities.archivedAt} IS NULL`))
      .all();
    for (const interview of upcoming) {
      const local = localDateTimeOf(interview.startsAt, interview.timeZone);
      calendar.createEvent({
        id: `interview-${interview.id}@stint`,
        start: new Date(interview.startsAt),
        end: new Date(interview.startsAt + INTERVIEW_MINUTES * MINUTE_MS),
        summary: `Interview (round ${interview.round}): ${interview.title}`,
        description: `${INTERVIEW_FORMAT_LABELS[interview.format]}, ${local.date} at ${local.time} ${interview.timeZone}`,
        stamp: new Date(now),
      });
    }
    return { fileName: `stint-${localDateAt(now)}.ics`, content: calendar.toString() };
  });
}
