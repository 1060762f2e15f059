import { describe, expect, it } from 'vitest';
import type { StintApi } from '../../shared/contract';
import { ApiError } from '../../shared/errors';
import { createConnectionMonitor, isConnectionFailure, reportingTo } from './connection';

/** An API whose `listTags` gives each outcome in turn: a value, or an error to throw. */
function scriptedApi(outcomes: (string[] | ApiError)[]): StintApi {
  return {
    listTags: () => {
      const next = outcomes.shift();
      return next instanceof ApiError ? Promise.reject(next) : Promise.resolve(next ?? []);
    },
  } as unknown as StintApi;
}

const unreachable = new ApiError('UNREACHABLE', 'Stint cannot be reached');
const signedOut = new ApiError('UNAUTHORIZED', 'Signed out');
const refused = new ApiError('VALIDATION', 'Tag is too long');

describe('the connection monitor', () => {
  it('follows each call: unreachable, signed out, then back online at the first answer', async () => {
    const monitor = createConnectionMonitor();
    const api = reportingTo(monitor, scriptedApi([unreachable, signedOut, ['pe-backed']]));
    const seen: string[] = [];
    monitor.subscribe(() => seen.push(monitor.state()));

    expect(monitor.state()).toBe('online');
    await expect(api.listTags(undefined)).rejects.toBe(unreachable);
    expect(monitor.state()).toBe('unreachable');
    await expect(api.listTags(undefined)).rejects.toBe(signedOut);
    expect(monitor.state()).toBe('signed-out');
    await expect(api.listTags(undefined)).resolves.toEqual(['pe-backed']);
    expect(seen).toEqual(['unreachable', 'signed-out', 'online']);
  });

  it('counts a refusal as an answer: Stint is there and this window is signed in', async () => {
    const monitor = createConnectionMonitor();
    const api = reportingTo(monitor, scriptedApi([unreachable, refused]));
    await api.listTags(undefined).catch(() => undefined);
    await expect(api.listTags(undefined)).rejects.toBe(refused);
    expect(monitor.state()).toBe('online');
  });

  it('tells only when the state changes, and stops telling once unsubscribed', async () => {
    const monitor = createConnectionMonitor();
    let calls = 0;
    const unsubscribe = monitor.subscribe(() => (calls += 1));
    monitor.failed(unreachable);
    monitor.failed(unreachable);
    unsubscribe();
    monitor.succeeded();
    expect(calls).toBe(1);
    expect(monitor.state()).toBe('online');
  });

  it('treats only "no answer" and "signed out" as connection failures, which may work later', () => {
    expect(isConnectionFailure(unreachable)).toBe(true);
    expect(isConnectionFailure(signedOut)).toBe(true);
    expect(isConnectionFailure(refused)).toBe(false);
    expect(isConnectionFailure(new ApiError('NOT_FOUND', 'gone'))).toBe(false);
    expect(isConnectionFailure(new TypeError('a bug'))).toBe(false);
  });
});
