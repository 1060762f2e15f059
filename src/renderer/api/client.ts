import { API_METHODS, type ApiMethod } from '../../shared/api-methods';
import type { StintApi, StintBridge } from '../../shared/contract';
import { ApiError, type Envelope } from '../../shared/errors';
import { API_PATH_PREFIX } from '../../shared/http-protocol';

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

/** The client in the browser host: the same calls over HTTP on the page's own origin, with its session cookie. */
export function createHttpClient(fetchImpl: typeof fetch = fetch.bind(globalThis)): StintApi {
  return buildClient(async (method, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`${API_PATH_PREFIX}${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      });
    } catch {
      throw new ApiError('INTERNAL', 'Stint is not reachable. Is `npm run web` still running?');
    }
    const body = (await response.json().catch(() => null)) as Envelope<unknown> | null;
    if (body && typeof body === 'object' && 'ok' in body) return body;
    throw new ApiError('INTERNAL', `Stint answered ${response.status} ${response.statusText}.`);
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
