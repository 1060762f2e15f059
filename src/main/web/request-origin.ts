/**
 * The checks against DNS rebinding and cross-site requests. A page on another site can make the browser send
 * requests to 127.0.0.1, and a rebound DNS name can make them look same-origin to the browser; neither can
 * make the browser send our own `Host`, or an `Origin` of ours.
 */

/** The `Host` values this host answers to: the loopback address or `localhost`, with its own port. */
export function allowedHosts(port: number): string[] {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  // Browsers leave the default port out of `Host`.
  if (port === 80) hosts.push('127.0.0.1', 'localhost');
  return hosts;
}

/** The request's `Host`, normalised, if it is one of ours; otherwise null. */
export function ownHost(hostHeader: string | undefined, port: number): string | null {
  if (!hostHeader) return null;
  const host = hostHeader.trim().toLowerCase();
  return allowedHosts(port).includes(host) ? host : null;
}

/** True when there is no `Origin` (a navigation or a same-origin GET) or it is exactly the page's own origin. */
export function originAllowed(originHeader: string | undefined, ownHostValue: string): boolean {
  if (originHeader === undefined) return true;
  return originHeader.trim().toLowerCase() === `http://${ownHostValue}`;
}
