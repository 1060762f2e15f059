import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';

export function useDatabaseStatus() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.databaseStatus, queryFn: () => api.getDatabaseStatus(undefined) });
}

export function useBackups() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.backups, queryFn: () => api.listBackups(undefined) });
}

/**
 * After a restore every answer held is of the database that was replaced: a fresh load of the page shows the
 * restored one from the start, with nothing of the old one left on screen.
 */
export function reloadAfterRestore(): void {
  window.location.reload();
}
