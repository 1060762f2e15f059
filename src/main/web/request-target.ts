import { staticPathSegments } from './static-path';

export interface RequestTarget {
  /** The path exactly as sent, still percent-encoded and not normalised. */
  path: string;
  query: URLSearchParams;
}

/** Splits a request's target into path and query, or null unless it is a plain `/path?query` (origin form). */
export function splitTarget(target: string | undefined): RequestTarget | null {
  if (!target?.startsWith('/')) return null;
  const mark = target.indexOf('?');
  if (mark < 0) return { path: target, query: new URLSearchParams() };
  return { path: target.slice(0, mark), query: new URLSearchParams(target.slice(mark + 1)) };
}

/**
 * Where to send the browser after it signs in: the same address without the token, so the token does not
 * linger in the address bar or history. A path that could leave the site (`//other.example`) or the build
 * folder becomes `/`, so the sign-in link can never be turned into an open redirect.
 */
export function addressWithout(target: RequestTarget, param: string): string {
  const rest = new URLSearchParams(target.query);
  rest.delete(param);
  const path = staticPathSegments(target.path) ? target.path : '/';
  const query = rest.toString();
  return query ? `${path}?${query}` : path;
}
