import { describe, expect, it } from 'vitest';
import { morningAfter, morningOf } from './snooze';

describe('snoozing', () => {
  it('puts a reminder off to 09:00 tomorrow, a week on, or on a date picked', () => {
    const now = new Date(2026, 2, 27, 16, 45).getTime();
    expect(new Date(morningAfter(now, 1))).toEqual(new Date(2026, 2, 28, 9));
    expect(new Date(morningAfter(now, 7))).toEqual(new Date(2026, 3, 3, 9));
    expect(new Date(morningOf('2026-04-10'))).toEqual(new Date(2026, 3, 10, 9));
  });
});
