import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { StintApi } from '../../shared/contract';
import { isConnectionFailure } from '../api/connection';

const ApiContext = createContext<StintApi | null>(null);

/** Provides the API client and the query cache to the whole app. */
export function ApiProvider({ api, children }: { api: StintApi; children: ReactNode }) {
  // Local data changes only through this app, so nothing goes stale by itself and nothing refetches on focus.
  // A query that could not reach Stint is tried again, but only once Stint is back (see ConnectionProvider):
  // until then it keeps showing what it had.
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: (_count, error) => isConnectionFailure(error) } },
      }),
  );
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiContext.Provider>
  );
}

export function useApi(): StintApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>');
  return api;
}
