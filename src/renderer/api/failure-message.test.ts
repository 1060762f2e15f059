import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { bidIsGone, failureMessage } from './failure-message';

describe('telling the user why a call failed', () => {
  it('names a missing bid by what the user knows, never by the id in the core message', () => {
    const missing = new ApiError('NOT_FOUND', 'That bid no longer exists. It may have been deleted in another window; reload to see the current data.');
    expect(failureMessage(missing, bidIsGone('“Interim CFO”'))).toBe('“Interim CFO” no longer exists: it may have been deleted in another window.');
    expect(failureMessage(missing)).toBe('That bid no longer exists: it may have been deleted in another window.');
    expect(failureMessage(missing)).not.toMatch(/\d/);
  });

  it('shows the message of any other failure as it is: those are written for people', () => {
    expect(failureMessage(new ApiError('UNREACHABLE', 'Stint cannot be reached: is `npm run web` still running?'))).toBe(
      'Stint cannot be reached: is `npm run web` still running?',
    );
    expect(failureMessage(new ApiError('CONFLICT', 'This bid is already in Brief.'))).toBe('This bid is already in Brief.');
  });
});
