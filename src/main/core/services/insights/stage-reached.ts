/** Chart 2: how far lost bids got before they were lost. */
import { sql, type SQL } from 'drizzle-orm';
import { OPEN_STAGES, STAGE_LABELS, type OpenStage } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareRows } from './prepared';
import { LOST_BIDS } from './reasons';
import type { ScopeParams } from './scope';
import { furthestRank, stageRank } from './stage-rank';
import { percent, sufficiency } from './sufficiency';

/**
 * The stage a lost bid reached, as a rank: what its latest outcome records (which the user may have corrected),
 * else the furthest stage in its history.
 */
export function reachedRank(outcomeId: SQL, bidId: SQL): SQL {
  return sql`COALESCE((SELECT ${stageRank(sql`r.stage_reached`)} FROM rejection_outcomes r WHERE r.id = ${outcomeId}), ${furthestRank(bidId)})`;
}
/** `reachedRank` of a row of `LOST_BIDS`, named `lost`. */
export const REACHED_RANK = reachedRank(sql`lost.outcome_id`, sql`lost.bid_id`);

/** Every stage a bid can be lost at, shown even when none was: Won only when a won bid was later lost. */
const LOST_AT: readonly OpenStage[] = OPEN_STAGES.filter((stage) => stage !== 'won');

export function createStageReachedChart(db: Db): (scope: ScopeParams) => Insights['stageReached'] {
  const statement = prepareRows<{ reached: number | null; n: number }>(
    db,
    ['reached', 'n'],
    sql`WITH lost AS (${LOST_BIDS}) SELECT ${REACHED_RANK} AS reached, count(*) AS n FROM lost GROUP BY reached`,
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
