import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';

/** setTimeout's longest wait; a start further away is looked at again by then. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** What an interview's change shows in: its list, its bid's prompt, and the prompt on the bid's card. */
export function useRefreshAfterInterviewChange(bidId: number): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.interviews(bidId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.bid(bidId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.board }),
    ]);
  }, [queryClient, bidId]);
}

/**
 * A bid's interviews. When the next one starts while they are shown, they are read again then, so that the
 * self-assessment opens without a reload (queries are otherwise kept until something changes them).
 */
export function useInterviews(bidId: number) {
  const api = useApi();
  const refresh = useRefreshAfterInterviewChange(bidId);
  const query = useQuery({ queryKey: queryKeys.interviews(bidId), queryFn: () => api.listInterviews({ bidId }) });
  const nextStart = query.data?.find((interview) => !interview.hasTakenPlace)?.startsAt;
  useEffect(() => {
    if (nextStart === undefined) return;
    const timer = setTimeout(() => void refresh(), Math.min(Math.max(0, nextStart - Date.now()) + 1000, LONGEST_TIMER_MS));
    return () => clearTimeout(timer);
  }, [nextStart, refresh]);
  return query;
}

/** What a failed call about an interview says when the interview, or its bid, was deleted elsewhere. */
export const INTERVIEW_GONE = 'That interview no longer exists: it may have been deleted in another window.';
