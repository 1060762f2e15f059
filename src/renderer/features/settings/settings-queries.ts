import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';

export function useSettings() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => api.getSettings(undefined) });
}
