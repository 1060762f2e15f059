/** Chart 2: how far lost bids got before they were lost. */
import { sql } from 'drizzle-orm';
import { OPEN_STAGES, STAGE_LABELS, type OpenStage } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareRows } from './prepared';
import { REACHED } from './stage-rank';
import { percent, sufficiency } from './sufficiency';

/** Every stage a bid can be lost at, shown even when none was: Won only when a won bid was later lost. */
const LOST_AT: readonly OpenStage[] = OPEN_STAGES.filter((stage) => stage !== 'won');

export function createStageReachedChart(db: Db): () => Insights['stageReached'] {
  const statement = prepareRows<{ reached: number | null; n: number }>(
    db,
    ['reached', 'n'],
    sql`SELECT ${REACHED} AS reached, count(*) AS n FROM insight_scope s WHERE s.lost = 1 GROUP BY reached`,
  );

  return () => {
    const counts = new Map(statement.all({}).map((row) => [row.reached, row.n]));
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
