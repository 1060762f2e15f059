import type { ServerResponse } from 'node:http';
import { PAGE_SECURITY_HEADERS } from '../content-security-policy';
import type { ApiErrorCode, ApiErrorShape, Envelope } from '../../shared/errors';

/** The HTTP status that goes with each error code of the contract. */
export const STATUS_FOR_CODE: Record<ApiErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  // Never sent by the host: the client's code for a request that got no answer.
  UNREACHABLE: 503,
};

/** Sends an API envelope. API answers are never cached: they are the user's data, read fresh each time. */
export function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope<unknown>, extraHeaders: Record<string, string> = {}): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
  });
  res.end(body);
}

export function sendApiError(res: ServerResponse, status: number, error: ApiErrorShape, extraHeaders: Record<string, string> = {}): void {
  sendEnvelope(res, status, { ok: false, error }, extraHeaders);
}

/** Sends a short plain-text answer with the page's security headers, as every non-API response carries them. */
export function sendText(res: ServerResponse, status: number, message: string, extraHeaders: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...PAGE_SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(message),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(res.req.method === 'HEAD' ? undefined : message);
}
