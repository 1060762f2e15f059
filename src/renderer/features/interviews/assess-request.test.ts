import { describe, expect, it } from 'vitest';
import { formatAddress, openBidIn, parseAddress } from '../../app/address';
import { assessRequestIn, withAssessRequest } from './assess-request';

describe('the self-assessment asked for in the address', () => {
  it('opens the bid with the interview to assess, keeping the board’s filters', () => {
    const asked = withAssessRequest(parseAddress('#/board?stage=interview'), 12, 34);
    expect(formatAddress(asked)).toBe('#/board?stage=interview&bid=12&assess=34');
    expect([openBidIn(asked), assessRequestIn(asked)]).toEqual([12, 34]);
  });

  it('is nothing when absent or not an id', () => {
    expect(assessRequestIn(parseAddress('#/board?bid=12'))).toBeNull();
    expect(assessRequestIn(parseAddress('#/board?assess=x'))).toBeNull();
    expect(assessRequestIn(parseAddress('#/board?assess=-3'))).toBeNull();
  });
});
