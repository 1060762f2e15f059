/**
 * Chart 8: time to decision. For each stage, the median number of days bids spent in it before moving on (all
 * of a bid's visits to the stage together); a visit still going on is not a decision yet and is left out.
 */
import { sql } from 'drizzle-orm';
import { STAGE_LABELS, WAITING_STAGES } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareScopedRows } from './prepared';
import type { Scope } from './scope';
import { countOf, sufficiency } from './sufficiency';

const DAY_MS = 86_400_000;

/** Each stage's median, with SQLite's `median()` (built into better-sqlite3), over the bids that left it. */
const PER_STAGE = sql.raw(
  WAITING_STAGES.map((stage) => `median(s.${stage}_ms) AS "${stage}_median", count(s.${stage}_ms) AS "${stage}_stays"`).join(', '),
);

type Row = Record<string, number | null>;

export function createTimeInStageChart(db: Db): (scope: Scope) => Insights['timeInStage'] {
  const statement = prepareScopedRows<Row>(
    db,
    WAITING_STAGES.flatMap((stage) => [`${stage}_median`, `${stage}_stays`]),
    // Every row is read whole: NOT INDEXED keeps SQLite from reaching the rows through an index on the date range.
    (inScope) => sql`SELECT ${PER_STAGE} FROM bid_facts s NOT INDEXED WHERE ${inScope}`,
  );

  return (scope) => {
    const row = statement.all(scope)[0] ?? {};
    const stages = WAITING_STAGES.map((stage) => {
      const median = row[`${stage}_median`] ?? null;
      return { stage, medianDays: median === null ? null : Math.round((median / DAY_MS) * 10) / 10, stays: row[`${stage}_stays`] ?? 0 };
    });
    const stays = stages.reduce((sum, row) => sum + row.stays, 0);
    const slowest = stages.filter((row) => row.medianDays !== null).sort((a, b) => (b.medianDays as number) - (a.medianDays as number))[0];
    return {
      ...sufficiency('timeInStage', stays, () =>
        slowest ? `Bids wait longest at ${STAGE_LABELS[slowest.stage]}: a median of ${slowest.medianDays} days before moving on (${countOf(slowest.stays, 'bid', 'bids')}).` : '',
      ),
      stages,
    };
  };
}
