import { keepPreviousData, useQuery } from '@tanstack/react-query';
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
