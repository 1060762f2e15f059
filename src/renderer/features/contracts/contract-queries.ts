import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';

export function useContract(bidId: number) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.contract(bidId), queryFn: () => api.getContract({ bidId }) });
}

export function useWorkSummary() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.workSummary, queryFn: () => api.getWorkSummary(undefined) });
}

/** After a contract changes: it, and the summary whose days left and bench it feeds. */
export function useRefreshContract(bidId: number) {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.contract(bidId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.workSummary }),
      ]),
    [queryClient, bidId],
  );
}
