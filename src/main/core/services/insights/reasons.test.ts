import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insightsTestbed } from '../../test-support/insights-data';

let bed: ReturnType<typeof insightsTestbed>;
beforeEach(() => {
  bed = insightsTestbed();
});
afterEach(() => bed.remove());

const REJECTED = ['lead', 'submitted', 'rejected'] as const;

describe('the rejection reasons chart', () => {
  it('on an empty database has no reasons and says how many rejections it needs', () => {
    const { reasons } = bed.insights();
    expect(reasons).toMatchObject({ reasons: [], rejections: 0, withoutReasons: 0, citingMine: 0, citingOutside: 0, enoughData: false, have: 0, need: 5 });
    expect(reasons.reading).toBe('Not enough data yet: 5 more rejections with reasons needed.');
  });

  it('counts one lost bid under each reason it cites, split by control', () => {
    const id = bed.data.bid({ path: [...REJECTED] });
    bed.data.outcome(id, { reasons: ['experience_gap', 'internal_hire'] });
    const { reasons } = bed.insights();
    expect(reasons.reasons).toEqual([
      { reasonId: expect.any(Number), label: 'Experience gap (sector or level)', control: 'mine', count: 1 },
      { reasonId: expect.any(Number), label: 'Internal hire', control: 'outside', count: 1 },
    ]);
    expect(reasons).toMatchObject({ rejections: 1, withoutReasons: 0, citingMine: 1, citingOutside: 1, have: 1, enoughData: false });
    expect(reasons.reading).toBe('Not enough data yet: 4 more rejections with reasons needed.');
  });

  it('lists reasons in the user’s control first, each group by count, ties alphabetically', () => {
    for (const cited of [['rate'], ['rate'], ['preparation'], ['availability'], ['budget_pulled'], ['internal_hire'], ['internal_hire'], ['internal_hire']] as const) {
      bed.data.outcome(bed.data.bid({ path: [...REJECTED] }), { reasons: [...cited] });
    }
    const { reasons } = bed.insights();
    expect(reasons.reasons.map((row) => [row.label, row.count])).toEqual([
      ['Rate', 2],
      ['Availability', 1],
      ['Preparation', 1],
      ['Internal hire', 3],
      ['Budget pulled', 1],
    ]);
    expect(reasons).toMatchObject({ rejections: 8, citingMine: 4, citingOutside: 4, enoughData: true });
    expect(reasons.reading).toBe('Of 8 rejections with reasons, 4 cite something in your control and 4 something outside it; the most cited is Internal hire, in 3.');
  });

  it('counts lost bids with no outcome, or an outcome without reasons, as without reasons; withdrawn and live bids not at all', () => {
    bed.data.bid({ path: ['lead', 'rejected'] });
    bed.data.outcome(bed.data.bid({ path: ['lead', 'submitted', 'no_response'] }));
    bed.data.outcome(bed.data.bid({ path: ['lead', 'role_pulled'] }), { reasons: ['budget_pulled'] });
    bed.data.bid({ path: ['lead', 'withdrawn'] });
    bed.data.bid({ path: ['lead', 'submitted'] });
    const { reasons } = bed.insights();
    expect(reasons).toMatchObject({ rejections: 3, withoutReasons: 2, citingMine: 0, citingOutside: 1, have: 1 });
    expect(bed.bids({ chart: 'reasons', reason: 'none' }).total).toBe(2);
  });

  it('reads a bid lost twice by its latest outcome only', () => {
    const id = bed.data.bid({ path: ['lead', 'submitted', 'no_response'], createdDaysAgo: 30 });
    bed.data.outcome(id, { reasons: ['no_reason_given'] });
    bed.data.move(id, 'submitted');
    bed.data.move(id, 'rejected');
    bed.data.outcome(id, { reasons: ['rate'] });
    const { reasons } = bed.insights();
    expect(reasons.reasons.map((row) => row.label)).toEqual(['Rate']);
    expect(reasons.rejections).toBe(1);
  });

  it('counts the user’s own reasons under the control they chose', () => {
    const own = bed.data.reason('Too far to commute', 'mine');
    bed.data.outcome(bed.data.bid({ path: [...REJECTED] }), { reasons: [own] });
    expect(bed.insights().reasons.reasons).toEqual([{ reasonId: own, label: 'Too far to commute', control: 'mine', count: 1 }]);
  });

  it('is drawn from five rejections with reasons, not four', () => {
    for (let n = 0; n < 4; n += 1) bed.data.outcome(bed.data.bid({ path: [...REJECTED] }), { reasons: ['rate'] });
    expect(bed.insights().reasons.enoughData).toBe(false);
    bed.data.outcome(bed.data.bid({ path: [...REJECTED] }), { reasons: ['rate'] });
    expect(bed.insights().reasons.enoughData).toBe(true);
  });

  it('lists the bids behind a reason’s bar', () => {
    const first = bed.data.bid({ title: 'Interim CFO', path: [...REJECTED] });
    bed.data.outcome(first, { reasons: ['experience_gap'] });
    bed.data.outcome(bed.data.bid({ title: 'PMO Lead', path: [...REJECTED] }), { reasons: ['rate'] });
    const reasonId = bed.insights().reasons.reasons.find((row) => row.label.startsWith('Experience'))?.reasonId as number;
    const listed = bed.bids({ chart: 'reasons', reason: reasonId });
    expect(listed).toMatchObject({ dateLabel: 'Closed on', total: 1, bids: [{ id: first, title: 'Interim CFO', clientName: 'Northbridge Logistics', stage: 'rejected' }] });
  });
});
