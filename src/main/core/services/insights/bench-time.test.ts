import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insightsTestbed } from '../../test-support/insights-data';

let bed: ReturnType<typeof insightsTestbed>;
beforeEach(() => {
  bed = insightsTestbed();
});
afterEach(() => bed.remove());

// TEST_NOW is 2 March 2026.
describe('bench time between contracts', () => {
  it('on an empty database has no gaps and needs two contracts', () => {
    expect(bed.insights().bench).toMatchObject({ gaps: [], meanDays: null, contracts: 0, enoughData: false, reading: 'Not enough data yet: 2 more contracts needed.' });
  });

  it('counts the days between one contract’s end (actual, else planned) and the next one’s start, and today’s bench', () => {
    const first = bed.data.contract('2025-01-06', '2025-06-30');
    const second = bed.data.contract('2025-08-04', '2026-06-30', '2025-12-31');
    const { bench } = bed.insights();
    expect(bench.gaps).toEqual([
      { previousContractId: first, nextContractId: second, endedOn: '2025-06-30', nextStartOn: '2025-08-04', days: 34 },
      { previousContractId: second, nextContractId: null, endedOn: '2025-12-31', nextStartOn: '2026-03-02', days: 61 },
    ]);
    expect(bench).toMatchObject({ meanDays: 34, contracts: 2, enoughData: true });
    expect(bench.reading).toBe(
      'Between contracts you spent 34 days on the bench on average over 1 gap; the longest was 34 days; you have been on the bench for 61 days now.',
    );
  });

  it('gives back-to-back and overlapping contracts a gap of 0, measured from the latest end so far', () => {
    bed.data.contract('2025-01-01', '2025-12-31');
    bed.data.contract('2025-03-01', '2025-04-30');
    const third = bed.data.contract('2026-01-01', '2026-12-31');
    const { bench } = bed.insights();
    expect(bench.gaps.map((gap) => [gap.nextStartOn, gap.days])).toEqual([
      ['2025-03-01', 0],
      ['2026-01-01', 0],
    ]);
    expect(bench.gaps[1]?.nextContractId).toBe(third);
  });

  it('counts only the contracts of bids still Won, as the header’s countdown does', () => {
    bed.data.contract('2025-01-06', '2025-06-30');
    const fellThrough = bed.data.bid({ path: ['lead', 'offer', 'won', 'offer'] });
    bed.data.contract('2025-08-04', '2026-01-30', null, fellThrough);
    expect(bed.insights().bench).toMatchObject({ contracts: 1, enoughData: false });
  });

  it('keeps the gaps that overlap the date range; the other filters do not apply', () => {
    bed.data.contract('2024-01-01', '2024-03-31');
    bed.data.contract('2024-06-01', '2024-12-31');
    bed.data.contract('2025-03-01', '2026-12-31');
    expect(bed.insights({ from: '2025-01-01' }).bench.gaps.map((gap) => gap.endedOn)).toEqual(['2024-12-31']);
    expect(bed.insights({ to: '2024-04-30' }).bench.gaps.map((gap) => gap.endedOn)).toEqual(['2024-03-31']);
    expect(bed.insights({ engagement: 'permanent', sources: ['referral'] }).bench.gaps).toHaveLength(2);
  });

  it('lists the bids of the contracts either side of a gap', () => {
    const before = bed.data.bid({ title: 'Interim CFO', path: ['lead', 'won'] });
    const after = bed.data.bid({ title: 'PMO Lead', path: ['lead', 'won'] });
    const previous = bed.data.contract('2025-01-06', '2025-06-30', null, before);
    bed.data.contract('2025-08-04', '2026-06-30', null, after);
    const listed = bed.bids({ chart: 'bench', previousContractId: previous }, { engagement: 'permanent' });
    expect(listed).toMatchObject({ dateLabel: 'Contract starts', total: 2 });
    expect(listed.bids.map((bid) => [bid.title, bid.on])).toEqual([
      ['PMO Lead', '2025-08-04'],
      ['Interim CFO', '2025-01-06'],
    ]);
  });
});
