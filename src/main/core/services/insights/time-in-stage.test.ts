import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insightsTestbed } from '../../test-support/insights-data';

let bed: ReturnType<typeof insightsTestbed>;
beforeEach(() => {
  bed = insightsTestbed();
});
afterEach(() => bed.remove());

const medians = (stages: { stage: string; medianDays: number | null; stays: number }[]) =>
  Object.fromEntries(stages.map((row) => [row.stage, [row.medianDays, row.stays]]));

describe('time to decision', () => {
  it('on an empty database has no median for any stage', () => {
    const { timeInStage } = bed.insights();
    expect(timeInStage.stages.map((row) => row.stage)).toEqual(['lead', 'brief', 'submitted', 'shortlisted', 'interview', 'offer']);
    expect(timeInStage.stages.every((row) => row.medianDays === null && row.stays === 0)).toBe(true);
  });

  it('takes the whole days spent in each stage before leaving it; a stay still going on does not count', () => {
    bed.data.bid({ path: ['lead', 'submitted', 'rejected'], daysPerStage: 3 });
    bed.data.bid({ path: ['lead', 'submitted'], daysPerStage: 5 });
    bed.data.bid({ path: ['lead', 'submitted'], daysPerStage: 0.5 });
    expect(medians(bed.insights().timeInStage.stages)).toMatchObject({ lead: [3, 3], submitted: [3, 1], brief: [null, 0] });
  });

  it('adds up a bid’s visits to a stage, and leaves out the visit it is on now', () => {
    // Submitted for 2 days, gone quiet for 3, back in Submitted for 4 days, then Shortlisted: 6 days in Submitted.
    const revived = bed.data.bid({ path: ['lead', 'submitted'], daysPerStage: 1, createdDaysAgo: 30 });
    bed.data.move(revived, 'no_response', 2);
    bed.data.move(revived, 'submitted', 3);
    bed.data.move(revived, 'shortlisted', 4);
    // Back in Submitted now after a first visit of 5 days: that first visit counts.
    const again = bed.data.bid({ path: ['lead', 'submitted'], daysPerStage: 1, createdDaysAgo: 30 });
    bed.data.move(again, 'no_response', 5);
    bed.data.move(again, 'submitted', 1);
    expect(medians(bed.insights().timeInStage.stages)).toMatchObject({ submitted: [5.5, 2], shortlisted: [null, 0] });
  });

  it('is read once ten bids have moved on from a stage', () => {
    for (let n = 0; n < 5; n += 1) bed.data.bid({ path: ['lead', 'submitted', 'rejected'], daysPerStage: n + 1 });
    const { timeInStage } = bed.insights();
    expect(timeInStage).toMatchObject({ have: 10, enoughData: true });
    expect(timeInStage.reading).toBe('Bids wait longest at Lead: a median of 3 days before moving on (5 bids).');
  });

  it('lists the bids that left a stage', () => {
    const left = bed.data.bid({ path: ['lead', 'submitted', 'rejected'] });
    bed.data.bid({ path: ['lead', 'submitted'] });
    expect(bed.bids({ chart: 'timeInStage', stage: 'submitted' })).toMatchObject({ total: 1, bids: [{ id: left }] });
  });
});
