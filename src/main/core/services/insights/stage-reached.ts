/** Chart 2: how far lost bids got before they were lost. */
import { sql } from 'drizzle-orm';
import { OPEN_STAGES, STAGE_LABELS, WAITING_STAGES, type OpenStage } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareScopedRows } from './prepared';
import type { Scope } from './scope';
import { percent, sufficiency } from './sufficiency';

/** Every stage a bid can be lost at is shown, even when none was; Won only when a won bid was later lost. */
const LOST_AT: readonly OpenStage[] = WAITING_STAGES;

export function createStageReachedChart(db: Db): (scope: Scope) => Insights['stageReached'] {
  // Read in the order of the index that groups it: no sorting.
  const statement = prepareScopedRows<{ reached: number | null; n: number }>(
    db,
    ['reached', 'n'],
    (inScope) => sql`SELECT s.reached AS reached, count(*) AS n FROM bid_facts s INDEXED BY bid_facts_reached_idx
      WHERE s.closed = 'lost' AND ${inScope} GROUP BY s.reached`,
  );

  return (scope) => {
    const counts = new Map(statement.all(scope).map((row) => [row.reached, row.n]));
    const stages = OPEN_STAGES.filter((stage, rank) => LOST_AT.includes(stage) || counts.has(rank)).map((stage) => ({
      stage,
      count: counts.get(OPEN_STAGES.indexOf(stage)) ?? 0,
    }));
    const rejections = stages.reduce((sum, row) => sum + row.count, 0);
    const most = [...stages].sort((a, b) => b.count - a.count || OPEN_STAGES.indexOf(b.stage) - OPEN_STAGES.indexOf(a.stage))[0];
    return {
      ...sufficiency('stageReached', rejections, () =>
        most ? `Most lost bids got as far as ${STAGE_LABELS[most.stage]}: ${most.count} of ${rejections} (${percent(most.count / rejections)}).` : '',
      ),
      stages,
      rejections,
    };
  };
}
