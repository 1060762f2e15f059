/**
 * Chart 8: time to decision. For each stage, the median number of whole days bids spent in it before moving on,
 * from consecutive stage events; a stay still going on is not a decision yet and is left out.
 */
import { sql } from 'drizzle-orm';
import { OPEN_STAGES, STAGE_LABELS, type OpenStage } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareRows } from './prepared';
import { IN_SCOPE, type ScopeParams } from './scope';
import { sufficiency } from './sufficiency';

/** Written into the SQL as an integer literal, so that the division is whole days (a bound number is a REAL). */
const DAY_MS = 86_400_000;
/** The stages a bid waits in for someone's decision; Won is where it ends. */
export const WAITING_STAGES: readonly OpenStage[] = OPEN_STAGES.filter((stage) => stage !== 'won');
const WAITING_LIST = sql.raw(WAITING_STAGES.map((stage) => `'${stage}'`).join(', '));

/** The median of values given as a histogram `[value, count]` sorted by value; null when empty. */
export function medianOf(histogram: readonly (readonly [number, number])[]): number | null {
  const total = histogram.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  /** The value at 0-based position `index` in the sorted list. */
  const at = (index: number) => {
    let seen = 0;
    for (const [value, count] of histogram) {
      seen += count;
      if (index < seen) return value;
    }
    return histogram[histogram.length - 1]?.[0] ?? 0;
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

export function createTimeInStageChart(db: Db): (scope: ScopeParams) => Insights['timeInStage'] {
  const statement = prepareRows<{ stage: OpenStage; days: number; n: number }>(
    db,
    ['stage', 'days', 'n'],
    sql`SELECT stage, days, count(*) AS n FROM (
        SELECT e.to_stage AS stage, max(0, (lead(e.at) OVER (PARTITION BY e.opportunity_id ORDER BY e.id) - e.at) / ${sql.raw(String(DAY_MS))}) AS days
        FROM stage_events e JOIN opportunities o ON o.id = e.opportunity_id WHERE ${IN_SCOPE})
      WHERE days IS NOT NULL AND stage IN (${WAITING_LIST}) GROUP BY stage, days ORDER BY stage, days`,
  );

  return (scope) => {
    const histograms = new Map<OpenStage, [number, number][]>();
    for (const row of statement.all(scope)) {
      const histogram = histograms.get(row.stage) ?? [];
      histogram.push([row.days, row.n]);
      histograms.set(row.stage, histogram);
    }
    const stages = WAITING_STAGES.map((stage) => {
      const histogram = histograms.get(stage) ?? [];
      return { stage, medianDays: medianOf(histogram), stays: histogram.reduce((sum, [, count]) => sum + count, 0) };
    });
    const stays = stages.reduce((sum, row) => sum + row.stays, 0);
    const slowest = stages.filter((row) => row.medianDays !== null).sort((a, b) => (b.medianDays as number) - (a.medianDays as number))[0];
    return {
      ...sufficiency('timeInStage', stays, () =>
        slowest ? `Bids wait longest at ${STAGE_LABELS[slowest.stage]}: a median of ${slowest.medianDays} days before moving on (${slowest.stays} moves).` : '',
      ),
      stages,
    };
  };
}
