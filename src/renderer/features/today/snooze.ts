/** The instants "snooze" offers, on the user's calendar: mornings, as a reminder put off is meant for a working day. */
export const SNOOZE_HOUR = 9;

/** 09:00 on the day `days` after the day of `now`. */
export function morningAfter(now: number, days: number): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, SNOOZE_HOUR).getTime();
}

/** 09:00 on a `YYYY-MM-DD` date picked by the user. */
export function morningOf(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, SNOOZE_HOUR).getTime();
}
