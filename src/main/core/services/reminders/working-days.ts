/** Working days and the morning a reminder is set for, in the user's local time (the core runs on their machine). */

import { DEFAULT_SETTINGS } from '../../../../shared/domain';

/** The hour a reminder for "the next working day" is due at. */
export const WORKING_MORNING_HOUR = 9;

/** 09:00 local on the first working day (Sunday 0) after the day of `at`: never the same day, so never the same hour. */
export function nextWorkingMorning(at: number, workingDays: readonly number[] = DEFAULT_SETTINGS.workingDays): number {
  const day = new Date(at);
  for (let ahead = 1; ahead <= 7; ahead += 1) {
    const candidate = new Date(day.getFullYear(), day.getMonth(), day.getDate() + ahead, WORKING_MORNING_HOUR);
    if (workingDays.includes(candidate.getDay())) return candidate.getTime();
  }
  // No working day set at all: the next day.
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1, WORKING_MORNING_HOUR).getTime();
}
