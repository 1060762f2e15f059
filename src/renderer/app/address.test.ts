import { describe, expect, it } from 'vitest';
import { formatAddress, isHomeAddress, openBidIn, pageAddress, parseAddress, withQuery } from './address';

describe('the address', () => {
  it('names the page and keeps the query', () => {
    const address = parseAddress('#/insights?engagement=interim&bid=12');
    expect(address.page).toBe('insights');
    expect(address.query.get('engagement')).toBe('interim');
    expect(openBidIn(address)).toBe(12);
  });

  it('knows the home address (no page named), which is Today or the board depending on the data', () => {
    expect(['', '#', '#/'].map(isHomeAddress)).toEqual([true, true, true]);
    expect(['#/board', '#?stage=lead', '#/today'].map(isHomeAddress)).toEqual([false, false, false]);
  });

  it('opens the board for an unknown page, and the filter-only addresses of the previous version', () => {
    expect(parseAddress('').page).toBe('board');
    expect(parseAddress('#/nowhere').page).toBe('board');
    const older = parseAddress('#?stage=lead&q=cfo');
    expect(older.page).toBe('board');
    expect(older.query.getAll('stage')).toEqual(['lead']);
    expect(older.query.get('q')).toBe('cfo');
  });

  it('reads no open bid from a missing or malformed id', () => {
    for (const hash of ['#/board', '#/board?bid=', '#/board?bid=abc', '#/board?bid=-3', '#/board?bid=1.5']) {
      expect(openBidIn(parseAddress(hash)), hash).toBeNull();
    }
  });

  it('writes back what it read', () => {
    expect(formatAddress(parseAddress('#/board?stage=lead&stage=offer&bid=4'))).toBe('#/board?stage=lead&stage=offer&bid=4');
    expect(formatAddress(parseAddress('#/skills'))).toBe('#/skills');
  });

  it('changes the query of a copy only', () => {
    const address = parseAddress('#/board?q=cfo');
    const opened = withQuery(address, (query) => query.set('bid', '7'));
    expect(formatAddress(opened)).toBe('#/board?q=cfo&bid=7');
    expect(formatAddress(address)).toBe('#/board?q=cfo');
  });

  it("leads back to a page as it was left, keeping the open bid", () => {
    const last = new Map([['board', 'stage=lead&bid=3']] as const);
    const fromInsights = parseAddress('#/insights?engagement=interim&bid=9');
    expect(formatAddress(pageAddress('board', fromInsights, last))).toBe('#/board?stage=lead&bid=9');
    expect(formatAddress(pageAddress('skills', fromInsights, last))).toBe('#/skills?bid=9');
    expect(formatAddress(pageAddress('insights', fromInsights, last))).toBe('#/insights?engagement=interim&bid=9');
  });
});
