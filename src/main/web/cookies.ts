/**
 * Every value sent for cookie `name` in a `Cookie` header. A browser may send the same name twice (for
 * different paths), so the caller checks each rather than trusting whichever comes first.
 */
export function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  const values: string[] = [];
  for (const pair of header.split(';')) {
    const equals = pair.indexOf('=');
    if (equals < 0) continue;
    if (pair.slice(0, equals).trim() !== name) continue;
    let value = pair.slice(equals + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    values.push(value);
  }
  return values;
}

/**
 * The `Set-Cookie` value of the session cookie. HttpOnly keeps it from page scripts; SameSite=Strict keeps
 * other sites' pages from riding on it; no Max-Age, so it ends with the browser session (the token is per run anyway).
 */
export function sessionCookie(name: string, value: string): string {
  return `${name}=${value}; HttpOnly; SameSite=Strict; Path=/`;
}
