import { ApiError } from '../../../../shared/errors';
import { localDateAt } from '../contracts/calendar-days';

/**
 * The instant an interaction is stored at, in the user's local time (the core runs on their machine): the time
 * given on the day given; without a time, now if the day is today, else midday, so that a back-dated day sorts
 * among that day's others. It records what has happened: a day after today, or a time later than now, is refused.
 */
export function interactionInstant(date: string, time: string | null, now: number): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const today = localDateAt(now);
  if (date > today) throw refuse('date', 'Date cannot be after today');
  if (time === null) return date === today ? now : new Date(year, month - 1, day, 12).getTime();
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const at = new Date(year, month - 1, day, hours, minutes).getTime();
  if (at > now) throw refuse('time', 'Time cannot be later than now');
  return at;
}

function refuse(field: 'date' | 'time', message: string): ApiError {
  return new ApiError('VALIDATION', message, { [field]: message });
}
