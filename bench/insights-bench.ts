/**
 * The Insights part of `npm run bench`: everything `getInsights` computes, with no filters, on the heavy fixture
 * and on one ten times its size, so that the cost's growth with the data shows beside the data's own growth.
 */
import { apiContract } from '../src/shared/contract';
import { createApi } from '../src/main/core/api';
import { fixedClock } from '../src/main/core/clock';
import { HEAVY_RELATIONSHIPS } from '../src/main/core/fixtures/relationships-generator';
import { HEAVY_PIPELINE } from '../src/main/core/fixtures/pipeline-generator';
import { buildHeavyFixture, type HeavyFixture } from './heavy-fixture';
import { measureSync, round, toResult, type BenchResult } from './lib/measure';

export const INSIGHTS_TARGET_P95_MS = 25;
/** The larger fixture: every count of the heavy one times ten. */
export const SCALE = 10;
const LARGER_PIPELINE = {
  ...HEAVY_PIPELINE,
  bids: HEAVY_PIPELINE.bids * SCALE,
  organisations: HEAVY_PIPELINE.organisations * SCALE,
  stageEvents: (HEAVY_PIPELINE.stageEvents ?? 0) * SCALE,
  relationships: {
    ...HEAVY_RELATIONSHIPS,
    contacts: HEAVY_RELATIONSHIPS.contacts * SCALE,
    interactions: HEAVY_RELATIONSHIPS.interactions * SCALE,
    reminders: HEAVY_RELATIONSHIPS.reminders * SCALE,
  },
};

export interface InsightsBench {
  results: BenchResult[];
  /** How many times the larger fixture's data is, and how many times longer getInsights takes on it. */
  growth: { data: number; p50: number; p95: number };
  larger_fixture: { bids: number; events: number; interviews: number; outcomes: number; contracts: number; generate_ms: number };
  /** What the charts found on the heavy fixture, to show that the work was real. */
  sanity: { bids: number; rejections: number; interviews_rated: number; bench_gaps: number; findings: string[] };
}

function timeInsights(fixture: HeavyFixture, name: string, iterations: number, target?: number): { result: BenchResult; sanity: InsightsBench['sanity'] } {
  const database = fixture.open();
  try {
    const api = createApi(database.db, fixedClock(fixture.now));
    // Parsed once outside the timed calls, as the transport parses it before the core is called.
    const input = apiContract.getInsights.input.parse({ filters: {} });
    const insights = api.getInsights(input);
    const samples = measureSync(() => api.getInsights(input), { warmup: Math.min(10, iterations), iterations });
    return {
      result: toResult(name, samples, target),
      sanity: {
        bids: insights.funnel.bids,
        rejections: insights.reasons.rejections,
        interviews_rated: insights.calibration.interviews,
        bench_gaps: insights.bench.gaps.length,
        findings: insights.findings.map((finding) => finding.id),
      },
    };
  } finally {
    database.close();
  }
}

/**
 * Times getInsights on `heavy`, then builds the larger fixture, times it there, hands it to `alsoOnLarger` (the
 * other benches' `_100k` variants), and removes it.
 */
export function benchInsights(heavy: HeavyFixture, log: (line: string) => void, alsoOnLarger: (larger: HeavyFixture) => void = () => {}): InsightsBench {
  const { result: all, sanity } = timeInsights(heavy, 'insights_all', 100, INSIGHTS_TARGET_P95_MS);
  log(`Insights on the heavy fixture: ${sanity.bids} bids, ${sanity.rejections} lost, ${sanity.interviews_rated} interviews rated both ways, findings ${sanity.findings.join(', ') || 'none'}`);
  log(`Building the fixture ${SCALE} times larger (${LARGER_PIPELINE.bids.toLocaleString('en-GB')} bids) …`);
  const larger = buildHeavyFixture(heavy.now, LARGER_PIPELINE);
  try {
    const { result: all100k } = timeInsights(larger, 'insights_all_100k', 20);
    alsoOnLarger(larger);
    const generated = larger.generated;
    return {
      results: [all, all100k],
      growth: { data: SCALE, p50: round(all100k.p50_ms / all.p50_ms, 2), p95: round(all100k.p95_ms / all.p95_ms, 2) },
      larger_fixture: {
        bids: generated.bids,
        events: generated.events,
        interviews: generated.interviews,
        outcomes: generated.outcomes,
        contracts: generated.contracts,
        generate_ms: round(larger.generateMs, 1),
      },
      sanity,
    };
  } finally {
    larger.remove();
  }
}
