/**
 * Where the packaged page lives. The page is served from a custom, privileged scheme rather than file:// so that
 * it has a real origin of its own (file:// pages share one origin with every file on the disk) and every response
 * can carry the Content-Security-Policy headers.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'stint';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Parses a URL, or returns null for anything that is not one (navigation targets arrive as untrusted strings). */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for `app://stint/...` exactly: no other host, no port, no credentials smuggled in front of the host. */
export function isAppOrigin(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.hostname.toLowerCase() === APP_HOST && url.port === '' && url.username === '' && url.password === '';
}
