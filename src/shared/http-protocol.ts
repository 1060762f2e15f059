/**
 * How the browser host carries the contract over HTTP: `POST /api/<method>` with the input as a JSON body,
 * answered with the same envelope the preload returns. Shared by the host and the renderer's HTTP client.
 */
export const API_PATH_PREFIX = '/api/';
/** Query parameter of the printed URL; exchanged once for the session cookie. */
export const TOKEN_QUERY_PARAM = 'token';
export const SESSION_COOKIE = 'stint_session';
/** Header alternative to the cookie, for scripts (the UI benchmark) that hold the token. */
export const TOKEN_HEADER = 'x-stint-token';
/** Request bodies above this are refused with 413 before they are read whole. */
export const MAX_BODY_BYTES = 1024 * 1024;
