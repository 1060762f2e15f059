import { differenceInCalendarDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { daysSince } from './cards';

describe('days in stage', () => {
  it('counts calendar days as date-fns does, across a year of moments and both DST changes', () => {
    const now = new Date(2026, 9, 26, 0, 30).getTime(); // just after midnight, the day after the autumn change in Europe
    const hour = 3_600_000;
    for (let at = now - 400 * 24 * hour; at <= now; at += 7 * hour) {
      expect(daysSince(at, now)).toBe(Math.max(0, differenceInCalendarDays(now, at)));
    }
  });

  it('is 0 for a move later today or in the future', () => {
    const now = new Date(2026, 2, 2, 9).getTime();
    expect(daysSince(new Date(2026, 2, 2, 0, 1).getTime(), now)).toBe(0);
    expect(daysSince(now + 3_600_000, now)).toBe(0);
    expect(daysSince(new Date(2026, 2, 1, 23, 59).getTime(), now)).toBe(1);
  });
});
