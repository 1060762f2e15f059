import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stage } from '../../../../shared/domain';
import { insightsTestbed } from '../../test-support/insights-data';

let bed: ReturnType<typeof insightsTestbed>;
beforeEach(() => {
  bed = insightsTestbed();
});
afterEach(() => bed.remove());

const reachedOf = (stages: { stage: string; reached: number }[]) => Object.fromEntries(stages.map((row) => [row.stage, row.reached]));

describe('the funnel', () => {
  it('on an empty database reaches nothing, with no conversion rates', () => {
    const { funnel } = bed.insights();
    expect(funnel.stages.every((row) => row.reached === 0 && row.conversion === null)).toBe(true);
    expect(funnel).toMatchObject({ bids: 0, enoughData: false, reading: 'Not enough data yet: 10 more bids needed.' });
  });

  it('counts one bid at every stage up to the furthest it reached, whatever its stage now', () => {
    bed.data.bid({ path: ['lead', 'submitted', 'interview', 'rejected'] });
    expect(reachedOf(bed.insights().funnel.stages)).toEqual({ lead: 1, brief: 1, submitted: 1, shortlisted: 1, interview: 1, offer: 0, won: 0 });
  });

  it('computes conversion from each stage to the next, and reads the weakest step', () => {
    const paths: Stage[][] = [
      ...Array.from({ length: 6 }, () => ['lead'] as Stage[]),
      ['lead', 'submitted', 'rejected'],
      ['lead', 'submitted', 'shortlisted', 'interview', 'rejected'],
      ['lead', 'submitted', 'shortlisted', 'interview', 'offer', 'won'],
      ['submitted', 'shortlisted', 'interview', 'offer', 'withdrawn'],
    ];
    for (const path of paths) bed.data.bid({ path });
    const { funnel } = bed.insights();
    expect(reachedOf(funnel.stages)).toEqual({ lead: 10, brief: 4, submitted: 4, shortlisted: 3, interview: 3, offer: 2, won: 1 });
    expect(funnel.stages.map((row) => row.conversion)).toEqual([null, 0.4, 1, 0.75, 1, 2 / 3, 0.5]);
    expect(funnel.reading).toBe('Of 10 bids, 3 reached an interview (30%) and 1 were won; the weakest step is Lead → Brief (40%).');
  });

  it('lists the bids that reached a stage', () => {
    const id = bed.data.bid({ path: ['lead', 'submitted', 'interview', 'rejected'] });
    bed.data.bid({ path: ['lead', 'submitted'] });
    expect(bed.bids({ chart: 'funnel', stage: 'interview' })).toMatchObject({ total: 1, bids: [{ id }] });
    expect(bed.bids({ chart: 'funnel', stage: 'submitted' }).total).toBe(2);
  });
});

describe('results by agency and by source', () => {
  const INTERVIEWED: Stage[] = ['lead', 'submitted', 'interview', 'rejected'];
  const SUBMITTED: Stage[] = ['lead', 'submitted', 'rejected'];

  it('counts submitted, interview, offer and won for each agency, direct bids apart, only bids that were submitted', () => {
    bed.data.bid({ agency: 'Cobalt', path: INTERVIEWED });
    bed.data.bid({ agency: 'Cobalt', path: ['lead', 'submitted', 'interview', 'offer', 'won'] });
    bed.data.bid({ agency: 'Cobalt', path: ['lead'] });
    bed.data.bid({ agency: null, source: 'referral', path: SUBMITTED });
    const { results } = bed.insights();
    expect(results.byAgency).toEqual([
      { agency: expect.any(Number), label: 'Cobalt', agencies: 1, submitted: 2, interview: 2, offer: 1, won: 1 },
      { agency: 'direct', label: 'Direct (no agency)', agencies: 1, submitted: 1, interview: 0, offer: 0, won: 0 },
    ]);
    expect(results.bySource).toEqual([
      { source: 'agency', label: 'Agency', submitted: 2, interview: 2, offer: 1, won: 1 },
      { source: 'referral', label: 'Referral', submitted: 1, interview: 0, offer: 0, won: 0 },
    ]);
    expect(results).toMatchObject({ have: 3, enoughData: false });
  });

  it('names the five agencies with most bids submitted (ties: most won, then the earliest added) and adds up the rest', () => {
    // Agency n has n bids submitted; A1 and A2 tie at one, and A2's is won.
    const agencies = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7'];
    agencies.forEach((agency, index) => {
      const count = agency === 'A1' ? 1 : index;
      for (let n = 0; n < count; n += 1) bed.data.bid({ agency, path: agency === 'A2' ? ['lead', 'submitted', 'won'] : SUBMITTED });
    });
    const { results } = bed.insights();
    expect(results.byAgency.map((row) => [row.label, row.submitted])).toEqual([
      ['A7', 6],
      ['A6', 5],
      ['A5', 4],
      ['A4', 3],
      ['A3', 2],
      ['Other agencies (2)', 2],
    ]);
    const other = bed.bids({ chart: 'agency', agency: 'other', step: 'submitted' });
    expect(other.total).toBe(2);
    expect(bed.bids({ chart: 'agency', agency: 'other', step: 'won' }).total).toBe(1);
  });

  it('names a sixth agency rather than an "Other agencies" of one', () => {
    ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'].forEach((agency) => bed.data.bid({ agency, path: SUBMITTED }));
    expect(bed.insights().results.byAgency.map((row) => row.label)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6']);
  });

  it('reads the source and agency that reach interview most often, among those with five bids submitted', () => {
    for (let n = 0; n < 5; n += 1) bed.data.bid({ agency: 'Cobalt', path: n < 2 ? INTERVIEWED : SUBMITTED });
    for (let n = 0; n < 5; n += 1) bed.data.bid({ agency: null, source: 'referral', path: n < 3 ? INTERVIEWED : SUBMITTED });
    bed.data.bid({ agency: null, source: 'job_board', path: INTERVIEWED });
    const { results } = bed.insights();
    expect(results.reading).toBe('Reaching interview most often: by source, Referral (3 of 5, 60%); by agency, Direct (no agency) (4 of 6, 67%).');
  });

  it('lists the bids behind an agency’s or a source’s step', () => {
    const won = bed.data.bid({ agency: 'Cobalt', path: ['lead', 'submitted', 'offer', 'won'] });
    bed.data.bid({ agency: 'Cobalt', path: SUBMITTED });
    const direct = bed.data.bid({ agency: null, source: 'network', path: INTERVIEWED });
    const cobalt = bed.insights().results.byAgency[0]?.agency as number;
    expect(bed.bids({ chart: 'agency', agency: cobalt, step: 'won' })).toMatchObject({ total: 1, bids: [{ id: won }] });
    expect(bed.bids({ chart: 'agency', agency: 'direct', step: 'interview' })).toMatchObject({ total: 1, bids: [{ id: direct }] });
    expect(bed.bids({ chart: 'source', source: 'agency', step: 'submitted' }).total).toBe(2);
  });
});
