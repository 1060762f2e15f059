import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getInsightsSchema } from '../../../../shared/schemas';
import { safeParseInput } from '../../../../shared/validation-messages';
import { insightsTestbed } from '../../test-support/insights-data';
import { localDateAt, localTimeOn } from '../contracts/calendar-days';

let bed: ReturnType<typeof insightsTestbed>;
beforeEach(() => {
  bed = insightsTestbed();
});
afterEach(() => bed.remove());

/** How many bids the charts count: the funnel's first stage counts every bid in scope. */
const bidsIn = (filters: Parameters<typeof bed.insights>[0]) => bed.insights(filters).funnel.bids;

describe('the filters every chart shares', () => {
  it('keep bids created from the first day to the last, both included, in local time', () => {
    // Created 10, 20 and 30 days before TEST_NOW.
    for (const daysAgo of [10, 20, 30]) bed.data.bid({ createdDaysAgo: daysAgo });
    const day = (daysAgo: number) => localDateAt(Date.UTC(2026, 2, 2, 9) - daysAgo * 86_400_000);
    expect(bidsIn({})).toBe(3);
    expect(bidsIn({ from: day(20) })).toBe(2);
    expect(bidsIn({ from: day(19) })).toBe(1);
    expect(bidsIn({ to: day(20) })).toBe(2);
    expect(bidsIn({ to: day(21) })).toBe(1);
    expect(bidsIn({ from: day(20), to: day(20) })).toBe(1);
  });

  it('keep bids of the engagement chosen', () => {
    bed.data.bid({ engagement: 'interim' });
    bed.data.bid({ engagement: 'permanent' });
    expect(bidsIn({ engagement: 'permanent' })).toBe(1);
  });

  it('keep bids of any agency chosen, direct ones among them when "direct" is chosen', () => {
    bed.data.bid({ agency: 'Cobalt' });
    bed.data.bid({ agency: 'Penrose' });
    bed.data.bid({ agency: null });
    const cobalt = bed.data.organisation('Cobalt', 'agency');
    const penrose = bed.data.organisation('Penrose', 'agency');
    expect(bidsIn({ agencies: [cobalt] })).toBe(1);
    expect(bidsIn({ agencies: [cobalt, penrose] })).toBe(2);
    expect(bidsIn({ agencies: ['direct'] })).toBe(1);
    expect(bidsIn({ agencies: ['direct', penrose] })).toBe(2);
    expect(bidsIn({ agencies: [] })).toBe(3);
  });

  it('keep bids of any source chosen', () => {
    bed.data.bid({ agency: null, source: 'referral' });
    bed.data.bid({ agency: null, source: 'network' });
    bed.data.bid({ agency: null, source: 'job_board' });
    expect(bidsIn({ sources: ['referral', 'job_board'] })).toBe(2);
  });

  it('count archived bids, which are history like any other', () => {
    bed.data.bid({ path: ['lead', 'rejected'], archived: true });
    expect(bidsIn({})).toBe(1);
  });

  it('apply to every bid chart and to the bids behind a bar alike', () => {
    const kept = bed.data.bid({ engagement: 'contract', path: ['lead', 'submitted', 'interview', 'rejected'], briefCompleteness: 0 });
    bed.data.outcome(kept, { reasons: ['rate'] });
    bed.data.interview(kept, { self: 4, feedback: 2 });
    const dropped = bed.data.bid({ engagement: 'interim', path: ['lead', 'submitted', 'interview', 'rejected'], briefCompleteness: 0 });
    bed.data.outcome(dropped, { reasons: ['rate'] });
    bed.data.interview(dropped, { self: 4, feedback: 2 });
    const filters = { engagement: 'contract' } as const;
    const charts = bed.insights(filters);
    expect(charts.reasons.rejections).toBe(1);
    expect(charts.stageReached.rejections).toBe(1);
    expect(charts.results.bySource[0]?.submitted).toBe(1);
    expect(charts.monthly.months.reduce((sum, month) => sum + month.bids, 0)).toBe(1);
    expect(charts.calibration.interviews).toBe(1);
    expect(charts.brief.decided).toBe(1);
    expect(charts.timeInStage.stages.find((row) => row.stage === 'interview')?.stays).toBe(1);
    expect(bed.bids({ chart: 'reasons', reason: charts.reasons.reasons[0]?.reasonId as number }, filters).bids.map((bid) => bid.id)).toEqual([kept]);
    expect(bed.bids({ chart: 'calibration', gap: -2 }, filters).bids.map((bid) => bid.id)).toEqual([kept]);
  });

  it('turn a calendar day into the local midnights that bound it', () => {
    expect(new Date(localTimeOn('2026-03-29')).getHours()).toBe(0);
    expect(localDateAt(localTimeOn('2026-03-29', 1))).toBe('2026-03-30');
    expect(localDateAt(localTimeOn('2025-12-31', 1))).toBe('2026-01-01');
  });
});

describe('the filters as the boundary checks them', () => {
  it('refuse a date range that ends before it starts, naming the field', () => {
    const parsed = safeParseInput(getInsightsSchema, { filters: { from: '2026-02-01', to: '2026-01-31' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['filters.to', 'End of the date range cannot be before its start']]);
    expect(safeParseInput(getInsightsSchema, { filters: { from: '2026-02-01', to: '2026-02-01' } }).success).toBe(true);
  });
});
