import { describe, expect, it } from 'vitest';
import { daysSince, dueIn } from './days-since';

const now = new Date(2026, 2, 29, 10).getTime();
const day = (date: number, hour = 12) => new Date(2026, 2, date, hour).getTime();

describe('days since and until, in calendar days', () => {
  it('says how long ago the last contact was, counting days across a daylight-saving change', () => {
    expect([null, day(29, 8), day(28, 23), day(19), day(1)].map((at) => daysSince(at, now))).toEqual(['Never', 'Today', 'Yesterday', '10 days ago', '28 days ago']);
  });

  it('says when the next reminder is due', () => {
    expect([null, day(27), day(28, 23), day(29, 18), day(30), day(31)].map((at) => dueIn(at, now))).toEqual([
      '',
      'Overdue by 2 days',
      'Overdue by 1 day',
      'Due today',
      'Due tomorrow',
      'Due in 2 days',
    ]);
  });
});
