import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';

/** How often Today (and the counts in the navigation) are read again while the app is open: reminders fall due by the clock. */
export const TODAY_REFRESH_MS = 60_000;

export function useToday() {
  const api = useApi();
  // Read in the background too: a reminder falling due while the tab is hidden is what a notification is for.
  return useQuery({
    queryKey: queryKeys.today,
    queryFn: () => api.getToday(undefined),
    refetchInterval: TODAY_REFRESH_MS,
    refetchIntervalInBackground: true,
    refetchOnMount: 'always',
  });
}

export function useRecordReminders(record: { contactId: number } | { bidId: number }) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.recordReminders(record), queryFn: () => api.listReminders(record), refetchOnMount: 'always' });
}

/**
 * After anything that may make, answer or move a reminder, or change a contact: reminders, contacts, interactions
 * and the names in the pickers read again; the board too, as a move to No response or a renamed contact shows there.
 */
export function useRefreshRelationships() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all(
        [queryKeys.reminders, queryKeys.people, queryKeys.interactions, queryKeys.lookups, queryKeys.board, ['bid']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
    [queryClient],
  );
}

/** The core's clock as of the last reading of Today (a fixed clock in demos and tests), else this machine's. */
export function useCoreNow(): number {
  const [opened] = useState(() => Date.now());
  return useToday().data?.now ?? opened;
}
