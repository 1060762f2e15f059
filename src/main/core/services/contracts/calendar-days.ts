/**
 * Calendar dates (`YYYY-MM-DD`, no time zone) as whole day numbers, so that contract arithmetic is plain
 * integer subtraction: no daylight-saving hour can make a day 23 hours long here.
 */
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a `YYYY-MM-DD` date. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Math.round(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY_MS);
}

/** The `YYYY-MM-DD` date of a day number. */
export function isoDateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The user's calendar date at the instant `now`, in local time (as the board counts "days in stage"). */
export function localDateAt(now: number): string {
  const date = new Date(now);
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

/** The user's time of day at the instant `at`, `HH:mm` in local time. */
export function localTimeAt(at: number): string {
  const date = new Date(at);
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/** The instant `at` as the user's date and time, `YYYY-MM-DD HH:mm` in local time. */
export function localDateTimeAt(at: number): string {
  return `${localDateAt(at)} ${localTimeAt(at)}`;
}

/**
 * The instant at `hour`:`minute`, local time, on the day `plusDays` after a `YYYY-MM-DD` date: midnight by
 * default. The core runs on the user's machine, so local time is theirs, daylight saving included.
 */
export function localTimeOn(isoDate: string, plusDays = 0, hour = 0, minute = 0): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + plusDays, hour, minute).getTime();
}

/** The same date one year earlier (29 February falls back to 1 March, as `Date.UTC` rolls it over). */
export function sameDateLastYear(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return isoDateOf(Math.round(Date.UTC((year ?? 1970) - 1, (month ?? 1) - 1, day ?? 1) / DAY_MS));
}
