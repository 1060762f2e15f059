import { API_METHODS, type ApiMethod } from '../../shared/api-methods';
import type { StintApi, StintBridge } from '../../shared/contract';
import { ApiError, type Envelope } from '../../shared/errors';
import { API_PATH_PREFIX } from '../../shared/http-protocol';

/** No answer at all: the browser host is not running (or the network to it is down). */
export const UNREACHABLE_MESSAGE = 'Stint cannot be reached: is `npm run web` still running?';
export const NOT_ANSWERING_MESSAGE = 'Stint is not answering: is `npm run web` still running, or paused?';
/**
 * A host that accepts the connection but never answers (stopped in a debugger, suspended) would otherwise leave a
 * request waiting for ever and the screen silently stale. Every call Stint makes answers in milliseconds.
 */
export const REQUEST_TIMEOUT_MS = 15_000;
/**
 * The calls that carry a whole database or file: an export or import of years of records, a backup, a restore,
 * a full check. They take seconds on a large database over a slow disk, so they are given up on much later.
 */
export const LONG_CALL_TIMEOUT_MS = 180_000;
const LONG_CALLS: ReadonlySet<ApiMethod> = new Set<ApiMethod>(['exportJson', 'exportCsv', 'previewImport', 'commitImport', 'backupNow', 'restoreBackup', 'checkIntegrity']);

/** How long a call may go unanswered before Stint says the host is not answering. */
export function timeoutFor(method: ApiMethod, usual = REQUEST_TIMEOUT_MS): number {
  return LONG_CALLS.has(method) ? Math.max(usual, LONG_CALL_TIMEOUT_MS) : usual;
}

/**
 * Whether a call was given up on unanswered (rather than refused, or not delivered at all): a paused host may
 * still carry it out when it resumes, so the app must not say it did not happen.
 */
export function wentUnanswered(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'UNREACHABLE' && error.message === NOT_ANSWERING_MESSAGE;
}
/** A 401: the host was restarted, so the session this page signed in with is gone. */
export const SIGNED_OUT_MESSAGE =
  'Stint was restarted, so this window is signed out. Open Stint again from the new address that `npm run web` printed (the one ending in ?token=…).';

function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw ApiError.fromShape(envelope.error);
}

function buildClient(call: (method: ApiMethod, input: unknown) => Promise<Envelope<unknown>>): StintApi {
  const entries = API_METHODS.map((method) => [method, async (input: unknown) => unwrap(await call(method, input))]);
  return Object.fromEntries(entries) as StintApi;
}

/** The client inside Electron: the preload's bridge object. */
export function createBridgeClient(bridge: StintBridge): StintApi {
  return buildClient((method, input) => (bridge[method] as (input: unknown) => Promise<Envelope<unknown>>)(input));
}

/**
 * The client in the browser host: the same calls over HTTP on the page's own origin, with its session cookie.
 * Failures carry distinct codes, because the app must react differently to each: `UNREACHABLE` (no answer),
 * `UNAUTHORIZED` (signed out by a restart), `INTERNAL` (a server error), or the host's own code and message.
 */
export function createHttpClient(fetchImpl: typeof fetch = fetch.bind(globalThis), timeoutMs = REQUEST_TIMEOUT_MS): StintApi {
  return buildClient(async (method, input) => {
    const signal = AbortSignal.timeout(timeoutFor(method, timeoutMs));
    let response: Response;
    try {
      response = await fetchImpl(`${API_PATH_PREFIX}${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
        signal,
      });
    } catch {
      throw new ApiError('UNREACHABLE', signal.aborted ? NOT_ANSWERING_MESSAGE : UNREACHABLE_MESSAGE);
    }
    if (response.status === 401) throw new ApiError('UNAUTHORIZED', SIGNED_OUT_MESSAGE);
    const body = (await response.json().catch(() => null)) as Envelope<unknown> | null;
    if (signal.aborted) throw new ApiError('UNREACHABLE', NOT_ANSWERING_MESSAGE);
    if (body && typeof body === 'object' && 'ok' in body) return body;
    throw new ApiError('INTERNAL', `Stint answered with an error (HTTP ${response.status}); the terminal running \`npm run web\` may say more.`);
  });
}

declare global {
  interface Window {
    /** Set by the preload inside Electron; absent in the browser host. */
    stint?: StintBridge;
  }
}

export function createClient(): StintApi {
  return window.stint ? createBridgeClient(window.stint) : createHttpClient();
}
