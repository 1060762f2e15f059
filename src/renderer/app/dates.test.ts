import { describe, expect, it } from 'vitest';
import { systemTimeZone } from '../../shared/time-zone';
import { calendarDateOf, formatCalendarDate, formatDateRange, formatInstant, formatMonth, formatZonedInstant } from './dates';

// Vitest runs with the machine's locale; the expectations are built with the same Intl formats, so this checks
// which day is shown (no time-zone shift of a calendar date) and that every date uses the one medium style.
const medium = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

describe('dates', () => {
  it('shows a stored calendar date as that same day in the medium style', () => {
    expect(formatCalendarDate('2026-12-08')).toBe(medium.format(new Date(2026, 11, 8)));
    expect(formatCalendarDate('2027-01-01')).toBe(medium.format(new Date(2027, 0, 1)));
  });

  it('shows a range, or the one end that is known', () => {
    expect(formatDateRange('2026-12-08', '2027-08-08')).toBe(medium.formatRange(new Date(2026, 11, 8), new Date(2027, 7, 8)));
    expect(formatDateRange('2026-12-08', null)).toBe(`from ${medium.format(new Date(2026, 11, 8))}`);
    expect(formatDateRange(null, '2027-08-08')).toBe(`until ${medium.format(new Date(2027, 7, 8))}`);
    expect(formatDateRange(null, null)).toBe('');
  });

  it('shows an instant with the same date style and its time', () => {
    const at = new Date(2026, 10, 13, 16, 44).getTime();
    expect(formatInstant(at)).toContain(medium.format(at));
    expect(formatInstant(at)).not.toMatch(/2026-11-13/);
  });

  it('shows a month as that month, whatever the time zone', () => {
    const month = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
    expect(formatMonth('2026-01')).toBe(month.format(new Date(2026, 0, 1)));
    expect(formatMonth('2025-12')).toBe(month.format(new Date(2025, 11, 1)));
  });

  it('shows an instant on the clock of the zone it was entered in, naming the zone only when it is not the system’s', () => {
    const at = Date.UTC(2026, 6, 1, 18, 0); // 14:00 in New York, 19:00 in London
    const inNewYork = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/New_York' }).format(at);
    const here = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: systemTimeZone() }).format(at);
    expect(formatZonedInstant(at, systemTimeZone())).toBe(here);
    if (systemTimeZone() !== 'America/New_York') expect(formatZonedInstant(at, 'America/New_York')).toBe(`${inNewYork} (America/New York)`);
  });

  it("gives the calendar date an instant falls on in the user's own time zone", () => {
    expect(calendarDateOf(new Date(2026, 2, 2, 23, 59).getTime())).toBe('2026-03-02');
    expect(calendarDateOf(new Date(2026, 11, 31, 0, 1).getTime())).toBe('2026-12-31');
  });
});
