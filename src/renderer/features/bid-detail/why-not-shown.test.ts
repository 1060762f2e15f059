import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors';
import { whyBidNotShown } from './why-not-shown';

describe('why the detail panel cannot show its bid', () => {
  it('says Stint cannot be reached, not that the bid is gone, while there is no answer', () => {
    const why = whyBidNotShown('unreachable', new ApiError('UNREACHABLE', 'no answer'));
    expect(why?.heading).toBe('Stint cannot be reached');
    expect(why?.explanation).not.toMatch(/not found|no longer exists/i);
  });

  it('says the window is signed out and how to sign in again after a restart', () => {
    expect(whyBidNotShown('signed-out', null)).toMatchObject({ heading: 'Signed out of Stint', explanation: expect.stringContaining('new address') });
  });

  it('says the bid is gone, without its id, only when Stint answered that it does not exist', () => {
    const why = whyBidNotShown('online', new ApiError('NOT_FOUND', 'That bid no longer exists.'));
    expect(why?.heading).toBe('Bid not found');
    expect(why?.explanation).toBe('That bid no longer exists: it may have been deleted in another window.');
  });

  it("passes on another refusal's message, and says nothing while the bid may still load", () => {
    const failed = new ApiError('INTERNAL', 'Stint could not complete that: disk I/O error. Nothing was changed.');
    expect(whyBidNotShown('online', failed)).toEqual({ heading: 'This bid cannot be shown', explanation: failed.message });
    expect(whyBidNotShown('online', null)).toBeNull();
  });
});
