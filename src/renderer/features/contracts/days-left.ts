/** "42 days left", "1 day left", "Last day": how long the current contract still runs. */
export function daysLeftInWords(daysLeft: number): string {
  if (daysLeft <= 0) return 'Last day';
  return daysLeft === 1 ? '1 day left' : `${daysLeft.toLocaleString()} days left`;
}

/** Within four weeks of the end: time to line up the next contract (DOMAIN.md: reduce downtime between contracts). */
export const RAMP_UP_DAYS = 28;

/** Today's date where the user is, `YYYY-MM-DD`, to compare with stored calendar dates. */
export function localIsoDate(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
