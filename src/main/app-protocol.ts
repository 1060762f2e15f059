import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { PAGE_SECURITY_HEADERS } from './content-security-policy';
import { isAppOrigin, parseUrl } from './app-origin';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The Content-Type of a built file. Unknown kinds are sent as opaque bytes, which with `nosniff` never run. */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file in the built renderer folder that an `app://stint/...` request names, or null if the request is for
 * another host or tries to reach outside the folder. The URL parser already folds `..` and `%2e%2e`, but the
 * path is checked again after decoding, because `%2f` and `%5c` decode to separators the parser never saw.
 */
export function resolveAppFile(rendererRoot: string, requestUrl: string): string | null {
  const url = parseUrl(requestUrl);
  if (!url || !isAppOrigin(url)) return null;

  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (path === '' || path === '/') path = '/index.html';
  if (!path.startsWith('/')) return null;
  // Backslashes are separators on Windows, NUL truncates paths in native code, ':' makes drive letters and
  // Windows alternate data streams; none of them occurs in a built file's name.
  if (/[\\\0:]/.test(path)) return null;

  const segments = path.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;

  const root = resolve(rendererRoot);
  const file = resolve(root, ...segments);
  const inside = relative(root, file);
  // The final containment check holds even if a case above was missed.
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

/** Reads a file's bytes; rejects if it is missing or is not a file. */
export type ReadFile = (path: string) => Promise<Uint8Array<ArrayBuffer>>;

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...PAGE_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Answers one request to the app scheme (the body of `protocol.handle`). Every response, refusals included,
 * carries the page's security headers: the CSP is what keeps an injected script from loading anything remote.
 */
export async function serveAppRequest(rendererRoot: string, request: { url: string; method: string }, readFile: ReadFile): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: { ...PAGE_SECURITY_HEADERS, Allow: 'GET, HEAD' } });
  }
  const file = resolveAppFile(rendererRoot, request.url);
  if (!file) return notFound();
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readFile(file);
  } catch {
    return notFound();
  }
  const headers = { ...PAGE_SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-cache' };
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}
