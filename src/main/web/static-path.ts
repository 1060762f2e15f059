import { extname, isAbsolute, relative, sep } from 'node:path';

/**
 * The path segments inside the renderer folder that a request path names, or null for anything that tries to
 * leave it. Works on the raw path, before any URL normalisation, so that `..` in any spelling is refused
 * rather than quietly folded away; `%2f` and `%5c` are caught because the checks run after decoding.
 */
export function staticPathSegments(rawPath: string): string[] | null {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null; // malformed percent-encoding
  }
  if (path === '' || path === '/') return ['index.html'];
  if (!path.startsWith('/')) return null;
  // Backslashes separate paths on Windows, NUL cuts paths short in native code, ':' makes drive letters and
  // alternate data streams; no built file has any of them in its name.
  if (/[\\\0:]/.test(path)) return null;
  const segments = path.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  return segments;
}

/** True if `file` is strictly inside `root` (both absolute, already resolved). */
export function isInside(root: string, file: string): boolean {
  const inside = relative(root, file);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

/**
 * A top-level path with no extension (`/board`) is an address of the single-page app, answered with the page,
 * not a missing asset. Only one level deep: the page loads its assets by relative URLs (`./assets/…`), which
 * from `/a/b` would point into a folder that does not exist.
 */
export function isPageAddress(segments: string[]): boolean {
  return segments.length === 1 && extname(segments[0] ?? '') === '';
}
