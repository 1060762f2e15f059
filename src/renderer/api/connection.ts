import { API_METHODS } from '../../shared/api-methods';
import type { StintApi } from '../../shared/contract';
import { ApiError } from '../../shared/errors';

/** Whether the last call reached Stint: it answered, it did not answer, or it refused this signed-out window. */
export type ConnectionState = 'online' | 'unreachable' | 'signed-out';

/** The app's one view of its connection to Stint, kept up to date by every API call. */
export interface ConnectionMonitor {
  state(): ConnectionState;
  /** Calls `listener` after each change of state; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** A call was answered. */
  succeeded(): void;
  /** A call threw `error`. */
  failed(error: unknown): void;
}

/** A failure that says nothing about the data, only that Stint could not be asked: the call may work later. */
export function isConnectionFailure(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'UNREACHABLE' || error.code === 'UNAUTHORIZED');
}

function stateAfter(error: unknown): ConnectionState {
  if (!(error instanceof ApiError)) return 'online';
  if (error.code === 'UNREACHABLE') return 'unreachable';
  if (error.code === 'UNAUTHORIZED') return 'signed-out';
  // Any other refusal is an answer: Stint is there and this window is signed in.
  return 'online';
}

export function createConnectionMonitor(): ConnectionMonitor {
  let current: ConnectionState = 'online';
  const listeners = new Set<() => void>();
  const become = (next: ConnectionState) => {
    if (next === current) return;
    current = next;
    for (const listener of listeners) listener();
  };
  return {
    state: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    succeeded: () => become('online'),
    failed: (error) => become(stateAfter(error)),
  };
}

/** The same API, each call's outcome reported to `monitor` before the caller sees it. */
export function reportingTo(monitor: ConnectionMonitor, api: StintApi): StintApi {
  const entries = API_METHODS.map((method) => {
    const call = api[method] as (input: unknown) => Promise<unknown>;
    const reported = async (input: unknown) => {
      try {
        const value = await call(input);
        monitor.succeeded();
        return value;
      } catch (error) {
        monitor.failed(error);
        throw error;
      }
    };
    return [method, reported];
  });
  return Object.fromEntries(entries) as StintApi;
}
