import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { contentTypeFor } from '../app-protocol';
import { PAGE_SECURITY_HEADERS } from '../content-security-policy';
import { sendText } from './responses';
import { isInside, isPageAddress, staticPathSegments } from './static-path';

const NOT_BUILT = 'The Stint page has not been built yet: run `npm run build` (or restart `npm run web`, which builds it), then reload.';

/**
 * The real path of a file inside `root`, or null if it is missing, not a file, or (through a symbolic link)
 * really somewhere else. The real path is what gets read, so a link swapped in afterwards changes nothing.
 */
async function fileInside(root: string, segments: string[]): Promise<string | null> {
  try {
    const realRoot = await realpath(root);
    const file = await realpath(join(realRoot, ...segments));
    if (!isInside(realRoot, file)) return null;
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Serves the built renderer: `/` is index.html, page addresses fall back to it, anything else must exist. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, rendererRoot: string, rawPath: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const segments = staticPathSegments(rawPath);
  if (!segments) {
    sendText(res, 404, 'Not found');
    return;
  }
  let file = await fileInside(rendererRoot, segments);
  if (!file && isPageAddress(segments)) file = await fileInside(rendererRoot, ['index.html']);
  if (!file) {
    const built = (await fileInside(rendererRoot, ['index.html'])) !== null;
    sendText(res, 404, built ? 'Not found' : NOT_BUILT);
    return;
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    sendText(res, 404, 'Not found');
    return;
  }
  res.writeHead(200, {
    ...PAGE_SECURITY_HEADERS,
    'Content-Type': contentTypeFor(file),
    'Content-Length': body.length,
    // Revalidated on each load, so a rebuilt app is never mixed with a cached older page.
    'Cache-Control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
