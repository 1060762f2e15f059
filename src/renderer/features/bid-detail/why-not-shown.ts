import { ApiError } from '../../../shared/errors';
import { SIGNED_OUT_MESSAGE, UNREACHABLE_MESSAGE } from '../../api/client';
import type { ConnectionState } from '../../api/connection';
import { bidIsGone, failureMessage } from '../../api/failure-message';

export interface WhyNotShown {
  heading: string;
  explanation: string;
}

/**
 * Why the detail panel cannot show its bid: Stint cannot be asked right now (the bid may well exist and shows
 * once Stint is back), the bid is gone for good, or Stint refused for another reason. Null while it may yet show.
 */
export function whyBidNotShown(connection: ConnectionState, error: unknown): WhyNotShown | null {
  if (connection === 'unreachable') return { heading: 'Stint cannot be reached', explanation: `${UNREACHABLE_MESSAGE} This bid shows here once Stint is back.` };
  if (connection === 'signed-out') return { heading: 'Signed out of Stint', explanation: SIGNED_OUT_MESSAGE };
  if (error === null || error === undefined) return null;
  if (error instanceof ApiError && error.code === 'NOT_FOUND') return { heading: 'Bid not found', explanation: bidIsGone() };
  return { heading: 'This bid cannot be shown', explanation: failureMessage(error) };
}
