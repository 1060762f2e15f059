/**
 * IANA time zones ("Europe/London"), as the user's system names them. Checked with the runtime's own time-zone
 * data (Intl), the same data that later reads times back in that zone, so a zone accepted here always works.
 */

/** Zone names start with a letter; Intl also accepts fixed offsets ("+01:00"), which follow no daylight saving. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

/** The zone's canonical name ("europe/london" → "Europe/London", "US/Eastern" → "America/New_York"), or null if none. */
export function canonicalTimeZone(name: string): string | null {
  if (!ZONE_NAME.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The zone this machine is set to: a new interview's default. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Whether two names mean one zone ("UTC" and "Etc/UTC"). */
export function sameTimeZone(a: string, b: string): boolean {
  return (canonicalTimeZone(a) ?? a) === (canonicalTimeZone(b) ?? b);
}
