import type { ReactNode } from 'react';
import { useDatabaseStatus } from './backup-queries';
import { RecoveryScreen } from './RecoveryScreen';

/**
 * Shows the app once Stint says its database is sound, or the recovery screen when it cannot be used. While Stint
 * cannot be reached at all the app is shown: its banner says so, and it recovers by itself.
 */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const status = useDatabaseStatus();
  if (status.data?.state === 'unavailable') return <RecoveryScreen status={status.data} />;
  if (status.isPending) return null;
  return <>{children}</>;
}
