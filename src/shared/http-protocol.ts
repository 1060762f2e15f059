/**
 * How the browser host carries the contract over HTTP: `POST /api/<method>` with the input as a JSON body,
 * answered with the same envelope the preload returns. Shared by the host and the renderer's HTTP client.
 */
import type { ApiMethod } from './api-methods';
import { MAX_IMPORT_BYTES } from './domain/transfer';

export const API_PATH_PREFIX = '/api/';
/** Query parameter of the printed URL; exchanged once for the session cookie. */
export const TOKEN_QUERY_PARAM = 'token';
/**
 * The session cookie's name on the host at `port`. Browsers keep cookies per host name, not per port, so with
 * one fixed name, signing into a second browser host on the same machine would sign the first one out.
 */
export function sessionCookieName(port: number): string {
  return `stint_session_${port}`;
}
/** Header alternative to the cookie, for scripts (the UI benchmark) that hold the token. */
export const TOKEN_HEADER = 'x-stint-token';
/** Request bodies above this are refused with 413 before they are read whole. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * An import carries a whole exported file, and only the import's two calls may send that much: every other call
 * keeps the small limit, so nothing else can make the host hold tens of megabytes.
 */
export const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_BYTES;
const IMPORT_METHODS: readonly ApiMethod[] = ['previewImport', 'commitImport'];

/** The most a call's body may be. */
export function maxBodyBytes(method: ApiMethod): number {
  return IMPORT_METHODS.includes(method) ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES;
}
