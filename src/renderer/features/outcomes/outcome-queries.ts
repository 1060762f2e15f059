import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';

export function useRejectionReasons() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.rejectionReasons, queryFn: () => api.listRejectionReasons({}) });
}

export function useBidOutcome(bidId: number) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.outcome(bidId), queryFn: () => api.getOutcome({ bidId }) });
}

/**
 * The outcome as stored now, for the dialog: read afresh when it opens, as the move that opened it has just
 * changed it. Until then `data` is undefined, never what was cached from before the move.
 */
export function useFreshBidOutcome(bidId: number) {
  const api = useApi();
  const query = useQuery({ queryKey: queryKeys.outcome(bidId), queryFn: () => api.getOutcome({ bidId }), refetchOnMount: 'always' });
  return { ...query, data: query.isFetchedAfterMount ? query.data : undefined };
}

/** How long typing must pause before the feedback is read for suggestions: one call per pause, not per key. */
const SUGGEST_AFTER_MS = 250;

/** Reasons suggested for the feedback as typed; the previous ones stay on screen while new ones are found. */
export function useReasonSuggestions(text: string) {
  const api = useApi();
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text), SUGGEST_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [text]);
  const trimmed = settled.trim();
  return useQuery({
    queryKey: queryKeys.reasonSuggestions(trimmed),
    queryFn: () => api.suggestRejectionReasons({ text: trimmed }),
    enabled: trimmed.length > 0,
    placeholderData: (previous) => previous,
  });
}
