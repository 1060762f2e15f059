import { useMemo, useSyncExternalStore } from 'react';
import { formatAddress, parseAddress, type Address, type Page } from './address';

/**
 * The address as React state. Back and Forward arrive as `hashchange`/`popstate`; the app's own changes use the
 * History API, which fires neither, so they notify the subscribers here.
 */
const listeners = new Set<() => void>();
/** Each page's query as last left, so that its nav link returns to it. */
const lastQueries = new Map<Page, string>();

function remember(): void {
  const { page, query } = parseAddress(window.location.hash);
  const kept = new URLSearchParams(query);
  kept.delete('bid');
  lastQueries.set(page, kept.toString());
}

function notify(): void {
  remember();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    // The page the app opened on, or the address as it was when the last subscriber left.
    remember();
    window.addEventListener('hashchange', notify);
    window.addEventListener('popstate', notify);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('hashchange', notify);
      window.removeEventListener('popstate', notify);
    }
  };
}

const readHash = () => window.location.hash;

/** The address as typed, for the one question the parsed address cannot answer: was any page named at all? */
export function useAddressHash(): string {
  return useSyncExternalStore(subscribe, readHash);
}

export function useAddress(): Address {
  const hash = useSyncExternalStore(subscribe, readHash);
  return useMemo(() => parseAddress(hash), [hash]);
}

/**
 * Goes to `address`. `push` makes a step Back returns from (another page, a bid opened); `replace` does not
 * (narrowing a filter, closing a bid).
 */
export function goTo(address: Address, how: 'push' | 'replace'): void {
  const { pathname, search } = window.location;
  const url = `${pathname}${search}${formatAddress(address)}`;
  if (url === `${pathname}${search}${window.location.hash}`) return;
  if (how === 'push') window.history.pushState(window.history.state, '', url);
  else window.history.replaceState(window.history.state, '', url);
  notify();
}

/** The address as it is now, for event handlers that must not wait for a render. */
export function currentAddress(): Address {
  return parseAddress(window.location.hash);
}

/** Each page's query as last left (kept up to date as the address changes; see `remember`). */
export function lastQueryOf(): ReadonlyMap<Page, string> {
  return lastQueries;
}
