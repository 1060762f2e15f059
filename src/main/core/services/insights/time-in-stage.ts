/**
 * Chart 8: time to decision. For each stage, the median number of days bids spent in it before moving on,
 * from consecutive stage events; a stay still going on is not a decision yet and is left out.
 */
import { sql } from 'drizzle-orm';
import { OPEN_STAGES, STAGE_LABELS, type OpenStage } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareRows } from './prepared';
import { sufficiency } from './sufficiency';

/** Written into the SQL as an integer literal, so that the division is whole days (a bound number is a REAL). */
/** The stages a bid waits in for someone's decision; Won is where it ends. */
export const WAITING_STAGES: readonly OpenStage[] = OPEN_STAGES.filter((stage) => stage !== 'won');

/**
 * Each stay's length in days is the time from a stage event to the bid's next one. SQLite's `median()` (built
 * with better-sqlite3) takes each stage's median in the same pass, with no sorting of the stays by stage.
 */
const PER_STAGE = sql.raw(
  WAITING_STAGES.map((stage) => `median(days) FILTER (WHERE stage = '${stage}') AS "${stage}_median", count(days) FILTER (WHERE stage = '${stage}') AS "${stage}_stays"`).join(', '),
);

type Row = Record<string, number | null>;

export function createTimeInStageChart(db: Db): () => Insights['timeInStage'] {
  const statement = prepareRows<Row>(
    db,
    WAITING_STAGES.flatMap((stage) => [`${stage}_median`, `${stage}_stays`]),
    sql`SELECT ${PER_STAGE} FROM (
        SELECT e.to_stage AS stage, (lead(e.at) OVER (PARTITION BY e.opportunity_id ORDER BY e.id) - e.at) / 86400000.0 AS days
        FROM insight_scope s JOIN stage_events e ON e.opportunity_id = s.id)`,
  );

  return () => {
    const row = statement.all({})[0] ?? {};
    const stages = WAITING_STAGES.map((stage) => {
      const median = row[`${stage}_median`] ?? null;
      return { stage, medianDays: median === null ? null : Math.round(median * 10) / 10, stays: row[`${stage}_stays`] ?? 0 };
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
