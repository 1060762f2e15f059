import { differenceInCalendarDays } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { generatePipeline, SAMPLE_PIPELINE } from '../../fixtures/pipeline-generator';
import { parsedBid } from '../../test-support/bid-input';
import { tempApi, TEST_NOW } from '../../test-support/temp-database';
import { cardRowsOf, daysSince, selectCards } from './cards';

describe('card rows read as values', () => {
  let context: ReturnType<typeof tempApi> | undefined;
  afterEach(() => context?.temp.remove());

  it('come out exactly as drizzle maps them, nulls of direct bids and missing rates included', () => {
    context = tempApi();
    const { db } = context.database;
    generatePipeline(db, { ...SAMPLE_PIPELINE, now: TEST_NOW });
    context.api.createBid(parsedBid({ agency: null, source: 'referral', rate: null }));
    const query = selectCards(db).prepare();
    const expected = query.all({ now: TEST_NOW });

    expect(expected.some((row) => row.agencyName === null)).toBe(true);
    expect(expected.some((row) => row.rateMinor === null)).toBe(true);
    expect(expected.some((row) => row.archivedAt !== null)).toBe(true);
    expect(cardRowsOf(query.values({ now: TEST_NOW }))).toEqual(expected);
  });
});

describe('days in stage', () => {
  it('counts calendar days as date-fns does, across a year of moments and both DST changes', () => {
    const now = new Date(2026, 9, 26, 0, 30).getTime(); // just after midnight, the day after the autumn change in Europe
    const hour = 3_600_000;
    for (let at = now - 400 * 24 * hour; at <= now; at += 7 * hour) {
      expect(daysSince(at, now)).toBe(Math.max(0, differenceInCalendarDays(now, at)));
    }
  });

  it('is 0 for a move later today or in the future', () => {
    const now = new Date(2026, 2, 2, 9).getTime();
    expect(daysSince(new Date(2026, 2, 2, 0, 1).getTime(), now)).toBe(0);
    expect(daysSince(now + 3_600_000, now)).toBe(0);
    expect(daysSince(new Date(2026, 2, 1, 23, 59).getTime(), now)).toBe(1);
  });
});
