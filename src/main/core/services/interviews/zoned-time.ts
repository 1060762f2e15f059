/**
 * An interview's start as the user typed it (a date and a time on the clock of an IANA zone) and back. The
 * instant is what is stored and compared with "now"; the zone makes it read back as typed, wherever the user is
 * when they look, and across daylight-saving changes.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { ApiError } from '../../../../shared/errors';

export interface LocalDateTime {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, 24-hour. */
  time: string;
}

/** The instant of `date` at `time` in `timeZone`, refusing a time the clocks skip (the hour lost in spring). */
export function instantOf({ date, time }: LocalDateTime, timeZone: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const instant = new TZDate(year, month - 1, day, hours, minutes, timeZone).getTime();
  const readBack = localDateTimeOf(instant, timeZone);
  if (readBack.date !== date || readBack.time !== time) {
    const message = `${time} does not exist on ${readableDate(date)} in ${timeZone}: the clocks go forward then. Pick a time before or after the change.`;
    throw new ApiError('VALIDATION', message, { time: message });
  }
  return instant;
}

/** The date and time on the clock of `timeZone` at `instant`. */
export function localDateTimeOf(instant: number, timeZone: string): LocalDateTime {
  const zoned = new TZDate(instant, timeZone);
  return { date: format(zoned, 'yyyy-MM-dd'), time: format(zoned, 'HH:mm') };
}

/** Today's date in `timeZone`. */
export function todayIn(timeZone: string, now: number): string {
  return localDateTimeOf(now, timeZone).date;
}

/** "3 Mar 2026": for the core's messages, which have no locale of their own. */
export function readableDate(date: string): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return format(new Date(year, month - 1, day), 'd MMM yyyy');
}
