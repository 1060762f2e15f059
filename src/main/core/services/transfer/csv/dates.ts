/**
 * Dates as spreadsheets write them: ISO (2024-03-14), with slashes, dots or dashes in either order (14/03/2024,
 * 03/14/2024, 14.03.24), or with the month in words (LinkedIn's "14 Mar 2024", "March 14, 2024"). A date such as
 * 03/04/2024 reads two ways; the user says which (`DateOrder`), unless the file proves it with a 25/03 somewhere.
 */
import { format, isValid } from 'date-fns';
import type { DateOrder } from '../../../../../shared/domain';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T][\d:.]+(?:\s?[AP]M)?)?$/i;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})$/;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})$/;

/** A date read both ways, yyyy-MM-dd; the same twice when it reads one way only. Null where that way is no date. */
export interface ReadDate {
  dayFirst: string | null;
  monthFirst: string | null;
}

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(year, month - 1, day);
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  // Not date-fns' format: this runs twice per row of a 10,000-row file, and the general formatter was a third of reading it.
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(digits: string): number {
  const year = Number(digits);
  // Two digits: this century, as every spreadsheet of bids is.
  return digits.length === 2 ? 2000 + year : year;
}

function monthOf(word: string): number | null {
  const index = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return index === -1 ? null : index + 1;
}

function once(iso: string | null): ReadDate | null {
  return iso === null ? null : { dayFirst: iso, monthFirst: iso };
}

/** `text` read as a date both ways; null when it is no date either way. */
export function readDate(text: string): ReadDate | null {
  const iso = ISO.exec(text);
  if (iso) return once(isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), fullYear(numeric[3] as string)];
    const read = { dayFirst: isoOf(year, second, first), monthFirst: isoOf(year, first, second) };
    return read.dayFirst === null && read.monthFirst === null ? null : read;
  }
  const dayMonth = DAY_MONTH_YEAR.exec(text);
  if (dayMonth) {
    const month = monthOf(dayMonth[2] as string);
    return month === null ? null : once(isoOf(fullYear(dayMonth[3] as string), month, Number(dayMonth[1])));
  }
  const monthDay = MONTH_DAY_YEAR.exec(text);
  if (monthDay) {
    const month = monthOf(monthDay[1] as string);
    return month === null ? null : once(isoOf(Number(monthDay[3]), month, Number(monthDay[2])));
  }
  return null;
}

/** Whether the date reads as two different days. */
export function isAmbiguous(read: ReadDate): boolean {
  return read.dayFirst !== null && read.monthFirst !== null && read.dayFirst !== read.monthFirst;
}

/** The day `read` is in `order`; null when it is no date that way (25/03 month first). */
export function dateIn(read: ReadDate, order: DateOrder): string | null {
  return order === 'day-first' ? read.dayFirst : read.monthFirst;
}

/** The order the file's own dates prove: some read only day first (25/03) and none only month first, or the reverse. */
export function provenOrder(dates: readonly ReadDate[]): DateOrder | null {
  let dayOnly = false;
  let monthOnly = false;
  for (const read of dates) {
    if (read.monthFirst === null) dayOnly = true;
    if (read.dayFirst === null) monthOnly = true;
  }
  if (dayOnly === monthOnly) return null;
  return dayOnly ? 'day-first' : 'month-first';
}

/** "3 April 2024", for saying what a date would be. */
export function dateInWords(iso: string): string {
  return format(new Date(`${iso}T12:00:00`), 'd MMMM yyyy');
}

/** Local midnight of the day: the time a bid imported as added on that day is given. */
export function startOfDayMs(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day).getTime();
}
