import type { insightsContract } from '../../../../shared/contract/insights';
import type { AreaHandlers } from '../../area-handlers';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import { createInsightsQueries, type InsightsQueries } from './insights';

export function insightsHandlers(db: Db, clock: Clock): AreaHandlers<typeof insightsContract> {
  // Prepared at the first call: opening the app does not pay for a page it may not visit.
  let insights: InsightsQueries | undefined;
  const queries = () => (insights ??= createInsightsQueries(db));
  return {
    getInsights: (input) => queries().getInsights(clock.now(), input),
    getInsightBids: (input) => queries().getInsightBids(clock.now(), input),
  };
}
