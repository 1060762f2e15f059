import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULT_STEPS, type InsightPoint, type Insights } from '../../../../shared/schemas';
import { insightsTestbed } from '../../test-support/insights-data';

/**
 * Every bar of every chart on the sample pipeline (with its interviews, outcomes and contracts) lists as many
 * bids as the bar counts: the chart and its click-through are counted with the same conditions.
 */
let bed: ReturnType<typeof insightsTestbed>;
let charts: Insights;
beforeAll(() => {
  bed = insightsTestbed();
  bed.load();
  const paths = [
    ['lead', 'submitted', 'interview', 'rejected'],
    ['lead', 'submitted', 'rejected'],
    ['lead', 'submitted', 'shortlisted', 'no_response'],
  ] as const;
  paths.forEach((path, index) => {
    const id = bed.data.bid({ path: [...path], agency: index === 0 ? null : 'Cobalt' });
    bed.data.outcome(id, { reasons: index === 2 ? [] : ['experience_gap', 'rate'] });
    bed.data.interview(id, { self: 5, feedback: 5 - index });
  });
  bed.data.contract('2025-01-06', '2025-06-30');
  bed.data.contract('2025-08-04', '2026-01-30');
  charts = bed.insights();
});
afterAll(() => bed.remove());

function expectListed(point: InsightPoint, count: number) {
  expect(bed.bids(point).total, JSON.stringify(point)).toBe(count);
}

describe('the bids behind each bar', () => {
  it('are as many as the bar counts, in every chart', () => {
    expect(charts.funnel.bids).toBeGreaterThan(100);
    for (const row of charts.reasons.reasons) expectListed({ chart: 'reasons', reason: row.reasonId }, row.count);
    expectListed({ chart: 'reasons', reason: 'none' }, charts.reasons.withoutReasons);
    for (const row of charts.stageReached.stages) expectListed({ chart: 'stageReached', stage: row.stage }, row.count);
    for (const row of charts.funnel.stages) expectListed({ chart: 'funnel', stage: row.stage }, row.reached);
    for (const row of charts.results.byAgency) for (const step of RESULT_STEPS) expectListed({ chart: 'agency', agency: row.agency, step }, row[step]);
    for (const row of charts.results.bySource) for (const step of RESULT_STEPS) expectListed({ chart: 'source', source: row.source, step }, row[step]);
    for (const row of charts.monthly.months) {
      expectListed({ chart: 'monthly', month: row.month, series: 'bids' }, row.bids);
      expectListed({ chart: 'monthly', month: row.month, series: 'rejections' }, row.rejections);
      expectListed({ chart: 'monthly', month: row.month, series: 'wins' }, row.wins);
    }
    // A bar counts interviews; a bid interviewed twice with the same gap is listed once.
    for (const row of charts.calibration.gaps) {
      const listed = bed.bids({ chart: 'calibration', gap: row.gap }).total;
      expect(listed).toBeLessThanOrEqual(row.count);
      expect(listed > 0).toBe(row.count > 0);
    }
    for (const row of charts.brief.bands) {
      expectListed({ chart: 'brief', band: row.band, outcome: 'won' }, row.won);
      expectListed({ chart: 'brief', band: row.band, outcome: 'lost' }, row.lost);
    }
    // The sample's bids never return to a stage, so each move out of a stage is one bid.
    for (const row of charts.timeInStage.stages) expectListed({ chart: 'timeInStage', stage: row.stage }, row.stays);
    expectListed({ chart: 'bench', previousContractId: charts.bench.gaps[0]?.previousContractId as number }, 2);
  });

  it('list at most a hundred, newest first, and say how many there are', () => {
    const all = bed.bids({ chart: 'funnel', stage: 'lead' });
    expect(all.total).toBe(charts.funnel.bids);
    expect(all.bids).toHaveLength(100);
    const dates = all.bids.map((bid) => bid.on);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('are none for a bench gap that no longer exists', () => {
    expect(bed.bids({ chart: 'bench', previousContractId: 9999 })).toEqual({ dateLabel: 'Contract starts', bids: [], total: 0 });
  });
});
