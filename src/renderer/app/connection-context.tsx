import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { ConnectionMonitor, ConnectionState } from '../api/connection';
import { useApi } from './api-context';

interface Connection {
  state: ConnectionState;
  /** Asks Stint at once rather than at the next scheduled check. */
  checkNow(): void;
}

const ConnectionContext = createContext<Connection | null>(null);

/** Checks get further apart while Stint stays away, so a stopped host costs next to nothing. */
const CHECK_DELAYS_MS = [1000, 2000, 4000, 8000];
const LONGEST_CHECK_DELAY_MS = 10_000;

/**
 * Shares the connection to Stint with the whole app, and gets it back by itself: while Stint cannot be reached
 * (or this window is signed out), queries pause and keep what they show, a cheap call checks now and then, and
 * once Stint answers again everything is fetched afresh.
 */
export function ConnectionProvider({ monitor, children }: { monitor: ConnectionMonitor; children: ReactNode }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const state = useSyncExternalStore(monitor.subscribe, monitor.state);
  // Any answer brings the monitor back to online; a failure is already reported by the time it lands here.
  const checkNow = useCallback(() => void api.listTags(undefined).catch(() => undefined), [api]);

  // TanStack Query pauses fetches while it thinks the network is offline, keeping each query's data (or its
  // placeholder) on screen, and resumes them when it is back: let "offline" mean that Stint cannot be asked.
  useEffect(() => {
    onlineManager.setEventListener((setOnline) => {
      setOnline(monitor.state() === 'online');
      return monitor.subscribe(() => setOnline(monitor.state() === 'online'));
    });
  }, [monitor]);

  useEffect(() => {
    let previous = monitor.state();
    return monitor.subscribe(() => {
      const next = monitor.state();
      if (previous !== 'online' && next === 'online') void queryClient.invalidateQueries();
      previous = next;
    });
  }, [monitor, queryClient]);

  useEffect(() => {
    if (state === 'online') return;
    let attempt = 0;
    let timer: number;
    const scheduleCheck = () => {
      timer = window.setTimeout(() => {
        checkNow();
        scheduleCheck();
      }, CHECK_DELAYS_MS[attempt++] ?? LONGEST_CHECK_DELAY_MS);
    };
    scheduleCheck();
    // Coming back to this window (perhaps after signing in again in another tab) or to the network: check now.
    window.addEventListener('focus', checkNow);
    window.addEventListener('online', checkNow);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('focus', checkNow);
      window.removeEventListener('online', checkNow);
    };
  }, [state, checkNow]);

  const value = useMemo(() => ({ state, checkNow }), [state, checkNow]);
  return <ConnectionContext.Provider value={value}>{children}</ConnectionContext.Provider>;
}

export function useConnection(): Connection {
  const connection = useContext(ConnectionContext);
  if (!connection) throw new Error('useConnection must be used inside <ConnectionProvider>');
  return connection;
}
