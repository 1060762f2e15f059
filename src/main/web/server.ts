import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers } from '../../shared/contract';
import type { ApiErrorCode } from '../../shared/errors';
import { API_PATH_PREFIX, sessionCookieName, TOKEN_HEADER, TOKEN_QUERY_PARAM } from '../../shared/http-protocol';
import { PAGE_SECURITY_HEADERS } from '../content-security-policy';
import { handleApiRequest } from './api-route';
import { cookieValues, sessionCookie } from './cookies';
import { originAllowed, ownHost } from './request-origin';
import { addressWithout, splitTarget } from './request-target';
import { sendApiError, sendText } from './responses';
import { newSecret, sameSecret } from './session-secret';
import { serveStatic } from './static-route';

/** The only interface the host listens on: nothing off this machine can reach it. */
export const LOOPBACK = '127.0.0.1';

export interface WebHostOptions {
  api: ApiHandlers;
  /** The built renderer (`out/renderer`). */
  rendererRoot: string;
  /** 0, the default, takes any free port. */
  port?: number;
  /** The secret of the printed URL; a random one per run unless given. */
  token?: string;
  /** Where unexpected errors go. */
  log?: (error: unknown) => void;
}

export interface WebHost {
  /** The one address to print: opening it signs the browser in. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const SIGN_IN_HINT = 'Open the address printed by `npm run web` (the one ending in ?token=…) to use Stint in this browser.';

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Serves the built renderer and the API contract over HTTP on the loopback interface. Every request passes,
 * in order: the `Host` and `Origin` checks (DNS rebinding, cross-site requests), then sign-in (the session
 * cookie, or the token in a header for scripts), then the API or the static files.
 */
const IDLE_CONNECTION_MS = 120_000;

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newSecret();
  if (token === '') throw new Error('The web host token cannot be empty.');
  // The cookie carries its own secret rather than the token, so the token is only ever in the printed URL.
  const sessionId = newSecret();
  const log = options.log ?? console.error;
  let port = 0;

  const signedIn = (req: IncomingMessage): boolean => {
    if (cookieValues(req.headers.cookie, sessionCookieName(port)).some((value) => sameSecret(value, sessionId))) return true;
    const header = req.headers[TOKEN_HEADER];
    return typeof header === 'string' && sameSecret(header, token);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = splitTarget(req.url);
    const isApi = target?.path.startsWith(API_PATH_PREFIX) ?? false;
    const refuse = (status: number, code: ApiErrorCode, message: string) =>
      isApi ? sendApiError(res, status, { code, message }) : sendText(res, status, message);

    const host = ownHost(req.headers.host, port);
    if (!host) return refuse(403, 'FORBIDDEN', `Stint only answers at http://${LOOPBACK}:${port}/.`);
    if (!originAllowed(req.headers.origin, host)) return refuse(403, 'FORBIDDEN', 'Stint does not accept requests from other sites.');
    if (!target) return refuse(400, 'VALIDATION', 'Bad request.');

    const presented = target.query.get(TOKEN_QUERY_PARAM);
    if (presented !== null && !isApi && (req.method === 'GET' || req.method === 'HEAD')) {
      if (!sameSecret(presented, token)) return refuse(401, 'UNAUTHORIZED', `That sign-in address is not (or no longer) valid. ${SIGN_IN_HINT}`);
      res.writeHead(302, {
        ...PAGE_SECURITY_HEADERS,
        Location: addressWithout(target, TOKEN_QUERY_PARAM),
        'Set-Cookie': sessionCookie(sessionCookieName(port), sessionId),
        'Cache-Control': 'no-store',
        'Content-Length': 0,
      });
      res.end();
      return;
    }
    if (!signedIn(req)) return refuse(401, 'UNAUTHORIZED', SIGN_IN_HINT);

    if (isApi) return handleApiRequest(req, res, options.api, target.path.slice(API_PATH_PREFIX.length), log);
    return serveStatic(req, res, options.rendererRoot, target.path);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(error);
      if (!res.headersSent) sendText(res, 500, 'Stint hit an unexpected error; see the terminal running `npm run web`.');
      else res.destroy();
    });
  });
  // Node closes a connection idle for 5 s by default. A client that sends on it at that moment gets a reset
  // (ECONNRESET, a failed call) rather than an answer; on loopback an idle connection costs nothing, so keep it longer
  // than any pause between a page's or a test's calls.
  server.keepAliveTimeout = IDLE_CONNECTION_MS;
  port = await listen(server, options.port ?? 0);
  const origin = `http://${LOOPBACK}:${port}`;

  return {
    url: `${origin}/?${TOKEN_QUERY_PARAM}=${encodeURIComponent(token)}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers keep idle connections open; without this, close would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
