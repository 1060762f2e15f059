import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';

/** How many gaps the page lists: the latest, which are the ones worth acting on. */
export const GAPS_SHOWN = 50;

export function useSkillsOverview() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.skillsOverview, queryFn: () => api.getSkills(undefined) });
}

/**
 * Gaps come from rejection outcomes, which are recorded on the board: read afresh on every visit to the page
 * rather than relying on each place that records an outcome to invalidate this list.
 */
export function useSkillGaps() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.skillGaps, queryFn: () => api.listSkillGaps({ limit: GAPS_SHOWN }), refetchOnMount: 'always' });
}

/** After any change on the Skills page: skills, actions, gaps and the MOT all read again. */
export function useRefreshSkills() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: queryKeys.skills }), [queryClient]);
}
