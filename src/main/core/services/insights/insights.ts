/**
 * The Insights service: every chart, the findings and the bids behind a bar, as pure functions of the database
 * and `now`, read from `bid_facts`. Statements are prepared once per connection; a call reads one snapshot, so
 * that the charts agree.
 */
import type { ApiOutput, ApiParsedInput } from '../../../../shared/contract';
import type { Db } from '../../db/open';
import { readTransaction } from '../../db/transactions';
import { benchGapsOf, benchRange, createBenchChart } from './bench-time';
import { createBriefChart } from './brief';
import { createCalibrationChart } from './calibration';
import { FINDING_MINIMUMS, findingsFrom } from './findings';
import { createInsightBidsQuery, pointQueryOf } from './insight-bids';
import { createMonthlyChart } from './monthly';
import { createReachCharts, createReachQuery, shownAgencies, topAgencies } from './reach';
import { createReasonsChart } from './reasons';
import { createRecentRejectionsQuery } from './recent-rejections';
import { scopeOf } from './scope';
import { createStageReachedChart } from './stage-reached';
import { createTimeInStageChart } from './time-in-stage';

export interface InsightsQueries {
  getInsights(now: number, input: ApiParsedInput<'getInsights'>): ApiOutput<'getInsights'>;
  getInsightBids(now: number, input: ApiParsedInput<'getInsightBids'>): ApiOutput<'getInsightBids'>;
}

export function createInsightsQueries(db: Db): InsightsQueries {
  const reasons = createReasonsChart(db);
  const stageReached = createStageReachedChart(db);
  const reach = createReachCharts(db);
  const monthly = createMonthlyChart(db);
  const calibration = createCalibrationChart(db);
  const brief = createBriefChart(db);
  const timeInStage = createTimeInStageChart(db);
  const bench = createBenchChart(db);
  const recentRejections = createRecentRejectionsQuery(db, FINDING_MINIMUMS.recentRejections);
  const reachGroups = createReachQuery(db);
  const insightBids = createInsightBidsQuery(db);

  return {
    getInsights(now, { filters }) {
      const scope = scopeOf(filters);
      return readTransaction(db, () => {
        const charts = {
          reasons: reasons(scope),
          stageReached: stageReached(scope),
          ...reach(scope),
          monthly: monthly(scope),
          calibration: calibration(scope),
          brief: brief(scope),
          timeInStage: timeInStage(scope),
          bench: bench(benchRange(filters), now),
        };
        return { findings: findingsFrom({ ...charts, recent: recentRejections(scope) }), ...charts };
      });
    },

    getInsightBids(now, { filters, point }) {
      const scope = scopeOf(filters);
      return readTransaction(db, () => {
        const { key, params } = pointQueryOf(point);
        // "Other agencies" and a bench gap are defined by the chart's own numbers: work them out again.
        if (point.chart === 'agency' && point.agency === 'other') {
          const ranked = topAgencies(reachGroups(scope));
          params.shown = JSON.stringify(ranked.slice(0, shownAgencies(ranked.length)).map((row) => row.agency));
        }
        if (point.chart === 'bench') {
          const gap = benchGapsOf(db, benchRange({}), now).gaps.find((candidate) => candidate.previousContractId === point.previousContractId);
          params.contracts = JSON.stringify(gap ? [gap.previousContractId, gap.nextContractId].filter((id) => id !== null) : []);
        }
        return insightBids(key, scope, params);
      });
    },
  };
}
