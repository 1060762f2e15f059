import { sameTimeZone, systemTimeZone } from '../../shared/time-zone';

/**
 * The one way Stint writes dates: the user's own locale's medium style ("13 Nov 2026" in the UK, "Nov 13, 2026"
 * in the US), with the time where it matters. Formats are built once: Intl formatters are costly to create.
 */
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });

/** A calendar date stored as `YYYY-MM-DD` (no time zone): shown as that day wherever the user is. */
export function formatCalendarDate(isoDate: string): string {
  return dateFormat.format(parseCalendarDate(isoDate));
}

/** An instant (epoch milliseconds), in the user's time zone. */
export function formatInstant(epochMs: number): string {
  return dateTimeFormat.format(epochMs);
}

/** One formatter per zone that interviews were entered in: few, and each costly to create. */
const zonedFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant on the clock of `timeZone`, as it was entered (an interview booked in New York reads 14:00 there),
 * the zone named when it is not the system's: "1 Jul 2026, 14:00 (America/New York)".
 */
export function formatZonedInstant(epochMs: number, timeZone: string): string {
  let format = zonedFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    zonedFormats.set(timeZone, format);
  }
  const text = format.format(epochMs);
  return sameTimeZone(timeZone, systemTimeZone()) ? text : `${text} (${timeZone.replace(/_/g, ' ')})`;
}

/** The day of an instant, in the user's time zone, without the time: for "your last MOT was on …". */
export function formatDayOf(epochMs: number): string {
  return dateFormat.format(epochMs);
}

/** "13 Nov 2026 – 13 May 2027", or one end alone when the other is not known. */
export function formatDateRange(start: string | null, end: string | null): string {
  if (start && end) return dateFormat.formatRange(parseCalendarDate(start), parseCalendarDate(end));
  if (start) return `from ${formatCalendarDate(start)}`;
  if (end) return `until ${formatCalendarDate(end)}`;
  return '';
}

/** A month stored as `YYYY-MM`: "Mar 2026" in the UK, for chart axes and tables. */
export function formatMonth(isoMonth: string): string {
  return monthFormat.format(parseCalendarDate(`${isoMonth}-01`));
}

/** The calendar date (`YYYY-MM-DD`) an instant falls on in the user's time zone: what a date field starts from. */
export function calendarDateOf(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function parseCalendarDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}
