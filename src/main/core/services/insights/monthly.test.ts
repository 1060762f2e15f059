import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insightsTestbed } from '../../test-support/insights-data';
import { monthsBetween } from './monthly';

let bed: ReturnType<typeof insightsTestbed>;
beforeEach(() => {
  bed = insightsTestbed();
});
afterEach(() => bed.remove());

// TEST_NOW is 2 March 2026, 09:00 UTC; these days fall mid-month in any time zone from UTC−9 to UTC+14.
const JAN_21 = 40;
const NOV_22 = 100;
const FEB_20 = 10;

describe('the monthly chart', () => {
  it('is empty on an empty database', () => {
    expect(bed.insights().monthly).toMatchObject({ months: [], enoughData: false, reading: 'Not enough data yet: 10 more bids needed.' });
  });

  it('counts a bid in the month it was added, and a loss or win in the month it closed, with quiet months in between', () => {
    bed.data.bid({ createdDaysAgo: JAN_21, path: ['lead', 'rejected'], daysPerStage: 30 });
    bed.data.bid({ createdDaysAgo: NOV_22, path: ['lead', 'won'] });
    bed.data.bid({ createdDaysAgo: FEB_20, path: ['lead'] });
    bed.data.bid({ createdDaysAgo: FEB_20, path: ['lead', 'withdrawn'] });
    expect(bed.insights().monthly.months).toEqual([
      { month: '2025-11', bids: 1, rejections: 0, wins: 1 },
      { month: '2025-12', bids: 0, rejections: 0, wins: 0 },
      { month: '2026-01', bids: 1, rejections: 0, wins: 0 },
      { month: '2026-02', bids: 2, rejections: 1, wins: 0 },
    ]);
  });

  it('reads the totals and the busiest month', () => {
    for (let n = 0; n < 7; n += 1) bed.data.bid({ createdDaysAgo: FEB_20 });
    for (let n = 0; n < 3; n += 1) bed.data.bid({ createdDaysAgo: JAN_21, path: ['lead', 'rejected'] });
    expect(bed.insights().monthly.reading).toBe('Over 2 months: 10 bids added, 3 lost and 0 won; the busiest month was February 2026 with 7 new bids.');
  });

  it('lists the bids added, lost or won in a month', () => {
    const lost = bed.data.bid({ createdDaysAgo: JAN_21, path: ['lead', 'rejected'], daysPerStage: 30 });
    bed.data.bid({ createdDaysAgo: FEB_20 });
    expect(bed.bids({ chart: 'monthly', month: '2026-02', series: 'bids' }).total).toBe(1);
    expect(bed.bids({ chart: 'monthly', month: '2026-02', series: 'rejections' })).toMatchObject({ dateLabel: 'Closed on', total: 1, bids: [{ id: lost }] });
    expect(bed.bids({ chart: 'monthly', month: '2026-02', series: 'wins' }).total).toBe(0);
  });

  it('steps month by month across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-02')).toEqual(['2026-02']);
  });
});
