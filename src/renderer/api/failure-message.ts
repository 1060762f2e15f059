import { ApiError } from '../../shared/errors';

/**
 * Says that a bid is gone, naming it as the user knows it: “Interim CFO”, or “It” where the sentence before
 * named it (the core's own message can only say "that bid": it knows ids, not what the user was looking at).
 */
export function bidIsGone(subject = 'That bid'): string {
  return `${subject} no longer exists: it may have been deleted in another window.`;
}

/**
 * What to tell the user about a failed call. The client's and the host's messages are written for people,
 * so they are shown as they are, except for a record that no longer exists: the caller says what that was.
 */
export function failureMessage(error: unknown, whenMissing = bidIsGone()): string {
  if (error instanceof ApiError && error.code === 'NOT_FOUND') return whenMissing;
  return error instanceof Error ? error.message : String(error);
}
