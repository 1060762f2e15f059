import type { ApiParsedInput } from '../../../../shared/contract';
import { ApiError } from '../../../../shared/errors';
import { fieldLabel } from '../../../../shared/field-labels';

/** UTC+14 (Kiribati): the time zone furthest ahead. */
const LATEST_UTC_OFFSET_MS = 14 * 3_600_000;
const DATE_FIELDS = ['closedOn', 'feedbackRequestedOn', 'feedbackReceivedOn'] as const;

/**
 * An outcome records what has happened: none of its dates may be in the future. The core knows the instant but
 * not the user's time zone, so "today" stretches to the latest calendar date anywhere on Earth at that instant.
 */
export function checkOutcomeDates(input: ApiParsedInput<'saveOutcome'>, now: number): void {
  const latestToday = new Date(now + LATEST_UTC_OFFSET_MS).toISOString().slice(0, 10);
  const fields: Record<string, string> = {};
  for (const field of DATE_FIELDS) {
    const date = input[field];
    if (date && date > latestToday) fields[field] = `${fieldLabel([field])} cannot be in the future`;
  }
  const messages = Object.values(fields);
  if (messages.length > 0) throw new ApiError('VALIDATION', messages.join('; '), fields);
}
