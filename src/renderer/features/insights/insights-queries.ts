import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { InsightFilters, InsightPoint } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';

/**
 * Every chart and the findings, for `filters`. Read again each time the page is opened, since bids may have moved
 * on the board meanwhile; the previous filters' charts stay on screen while new ones load.
 */
export function useInsights(filters: InsightFilters) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.insightCharts(filters),
    queryFn: () => api.getInsights({ filters }),
    refetchOnMount: 'always',
    placeholderData: keepPreviousData,
  });
}

/** The bids behind one bar, while a list of them is open. */
export function useInsightBids(point: InsightPoint, filters: InsightFilters) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.insightBids(point, filters), queryFn: () => api.getInsightBids({ point, filters }), refetchOnMount: 'always' });
}

/**
 * While the page is open, a change to any bid (made in the bid panel beside it) makes the charts stale. Those
 * changes invalidate the bid's and the board's queries; the charts follow them, so that no other feature has to
 * know about Insights.
 */
export function useChartsFollowBidChanges(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'invalidate') return;
        const area = event.query.queryKey[0];
        if (area === queryKeys.board[0] || area === queryKeys.bid(0)[0]) void queryClient.invalidateQueries({ queryKey: queryKeys.insights });
      }),
    [queryClient],
  );
}
