import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insightsTestbed } from '../../test-support/insights-data';

let bed: ReturnType<typeof insightsTestbed>;
beforeEach(() => {
  bed = insightsTestbed();
});
afterEach(() => bed.remove());

const countsOf = (stages: { stage: string; count: number }[]) => Object.fromEntries(stages.map((row) => [row.stage, row.count]));

describe('the stage reached at rejection chart', () => {
  it('on an empty database shows every stage at zero and needs five rejections', () => {
    const { stageReached } = bed.insights();
    expect(countsOf(stageReached.stages)).toEqual({ lead: 0, brief: 0, submitted: 0, shortlisted: 0, interview: 0, offer: 0 });
    expect(stageReached.reading).toBe('Not enough data yet: 5 more rejections needed.');
  });

  it('takes the stage from the outcome, else the furthest stage in the history (not the stage before closing)', () => {
    // Went back from Interview to Submitted before it was lost: it reached Interview.
    bed.data.bid({ path: ['lead', 'submitted', 'interview', 'submitted', 'rejected'] });
    // The user corrected the outcome's stage to Shortlisted.
    bed.data.outcome(bed.data.bid({ path: ['lead', 'submitted', 'interview', 'no_response'] }), { stageReached: 'shortlisted' });
    bed.data.bid({ path: ['brief', 'role_pulled'] });
    bed.data.bid({ path: ['lead', 'submitted', 'withdrawn'] });
    const { stageReached } = bed.insights();
    expect(countsOf(stageReached.stages)).toMatchObject({ brief: 1, shortlisted: 1, interview: 1, submitted: 0 });
    expect(stageReached.rejections).toBe(3);
  });

  it('reads the most common stage, the furthest of those tied', () => {
    for (const path of [
      ['lead', 'submitted', 'rejected'],
      ['lead', 'submitted', 'rejected'],
      ['lead', 'submitted', 'interview', 'rejected'],
      ['lead', 'submitted', 'interview', 'rejected'],
      ['lead', 'rejected'],
    ] as const) {
      bed.data.bid({ path: [...path] });
    }
    const { stageReached } = bed.insights();
    expect(stageReached.enoughData).toBe(true);
    expect(stageReached.reading).toBe('Most lost bids got as far as Interview: 2 of 5 (40%).');
  });

  it('lists the bids lost at a stage', () => {
    const id = bed.data.bid({ title: 'Interim CFO', path: ['lead', 'submitted', 'interview', 'rejected'] });
    bed.data.bid({ path: ['lead', 'submitted', 'rejected'] });
    expect(bed.bids({ chart: 'stageReached', stage: 'interview' })).toMatchObject({ total: 1, bids: [{ id, title: 'Interim CFO' }] });
  });
});
