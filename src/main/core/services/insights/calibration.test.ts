import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insightsTestbed } from '../../test-support/insights-data';

let bed: ReturnType<typeof insightsTestbed>;
beforeEach(() => {
  bed = insightsTestbed();
});
afterEach(() => bed.remove());

const INTERVIEWED = ['lead', 'submitted', 'interview'] as const;

describe('the calibration chart', () => {
  it('on an empty database has every gap at zero, no mean and nothing worth a look', () => {
    const { calibration } = bed.insights();
    expect(calibration.gaps.map((row) => row.gap)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    expect(calibration).toMatchObject({ meanGap: null, interviews: 0, worthALook: [], worthALookTotal: 0, enoughData: false });
  });

  it('lists one interview seen 5 by the user and 2 by them as worth a look, before there is enough for the chart', () => {
    const bid = bed.data.bid({ title: 'Interim CFO', path: [...INTERVIEWED] });
    const interview = bed.data.interview(bid, { self: 5, feedback: 2, round: 2 });
    const { calibration } = bed.insights();
    expect(calibration).toMatchObject({ enoughData: false, interviews: 1, meanGap: -3, worthALookTotal: 1 });
    expect(calibration.worthALook).toEqual([
      { interviewId: interview, bidId: bid, bidTitle: 'Interim CFO', round: 2, startsAt: expect.any(Number), selfRating: 5, feedbackRating: 2, gap: -3 },
    ]);
  });

  it('counts interviews rated both ways by their gap, with the mean gap; a gap of 1 is not worth a look, 2 is', () => {
    const bid = bed.data.bid({ path: [...INTERVIEWED] });
    const ratings: [number | null, number | null][] = [[5, 2], [3, 3], [4, 5], [2, 4], [null, 4], [4, null]];
    ratings.forEach(([self, feedback], index) => bed.data.interview(bid, { self, feedback, daysAgo: 10 - index }));
    const { calibration } = bed.insights();
    expect(Object.fromEntries(calibration.gaps.map((row) => [row.gap, row.count]))).toMatchObject({ '-3': 1, 0: 1, 1: 1, 2: 1 });
    expect(calibration).toMatchObject({ interviews: 4, meanGap: 0, worthALookTotal: 2, enoughData: true });
    // Newest first.
    expect(calibration.worthALook.map((row) => row.gap)).toEqual([2, -3]);
    expect(calibration.reading).toBe('Over 4 interviews, feedback matches your own view on average; 2 differ by 2 points or more.');
  });

  it('reads a mean gap below the user’s view', () => {
    const bid = bed.data.bid({ path: [...INTERVIEWED] });
    for (const [self, feedback] of [[4, 3], [4, 2], [5, 4]] as const) bed.data.interview(bid, { self, feedback });
    expect(bed.insights().calibration.reading).toBe('Over 3 interviews, feedback averages 1.3 points below your own view; 1 differs by 2 points or more.');
  });

  it('lists the bids behind a gap', () => {
    const bid = bed.data.bid({ path: [...INTERVIEWED] });
    bed.data.interview(bid, { self: 5, feedback: 2 });
    bed.data.interview(bed.data.bid({ path: [...INTERVIEWED] }), { self: 3, feedback: 3 });
    expect(bed.bids({ chart: 'calibration', gap: -3 })).toMatchObject({ dateLabel: 'Interview on', total: 1, bids: [{ id: bid }] });
  });
});
