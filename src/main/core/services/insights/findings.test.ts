import { beforeAll, describe, expect, it } from 'vitest';
import type { Insights } from '../../../../shared/schemas';
import { insightsTestbed } from '../../test-support/insights-data';
import { FINDING_MINIMUMS as M, findingsFrom, MAX_FINDINGS, type FindingInputs } from './findings';
import type { RecentRejection } from './recent-rejections';

/** The charts of an empty database: every finding is tried against these, with the numbers a test sets. */
let empty: Insights;
beforeAll(() => {
  const bed = insightsTestbed();
  empty = bed.insights();
  bed.remove();
});

function inputs(overrides: Partial<FindingInputs> = {}): FindingInputs {
  return { reasons: empty.reasons, funnel: empty.funnel, results: empty.results, calibration: empty.calibration, brief: empty.brief, bench: empty.bench, recent: [], ...overrides };
}
const ids = (overrides: Partial<FindingInputs>) => findingsFrom(inputs(overrides)).map((finding) => finding.id);

const INTERVIEW = 4;
const SUBMITTED = 2;
const EXPERIENCE = 2;

function recent(count: number, atInterview: number, citingExperience: number): RecentRejection[] {
  return Array.from({ length: count }, (_, index) => ({
    bidId: index + 1,
    reached: index < atInterview ? INTERVIEW : SUBMITTED,
    reasonIds: index < citingExperience ? [EXPERIENCE] : [],
  }));
}
const reasons = (overrides: Partial<Insights['reasons']>): Insights['reasons'] => ({
  ...empty.reasons,
  reasons: [{ reasonId: EXPERIENCE, label: 'Experience gap (sector or level)', control: 'mine', count: 2 }],
  ...overrides,
});

describe('findings', () => {
  it('are none on an empty database', () => {
    expect(findingsFrom(inputs())).toEqual([]);
  });

  it('tell a pattern in the last ten rejections, with the reason shared, and name the numbers', () => {
    const [finding] = findingsFrom(inputs({ recent: recent(M.recentRejections, 6, 4), reasons: reasons({}) }));
    expect(finding).toEqual({
      id: 'recent-rejections',
      text: '6 of your last 10 rejections came at the Interview stage, and 4 of those cite Experience gap (sector or level).',
      basis: 'Your 10 latest lost bids: 6 reached Interview; 4 of them cite Experience gap (sector or level).',
      chart: 'stageReached',
    });
  });

  it('need ten lost bids, four at one stage, and two sharing a reason to name it', () => {
    expect(ids({ recent: recent(M.recentRejections - 1, 5, 3), reasons: reasons({}) })).toEqual([]);
    // Four at Interview and no more than three at any other stage: a pattern; three at most anywhere: none.
    const spread = (ranks: number[]) => ranks.map((reached, index) => ({ bidId: index + 1, reached, reasonIds: [] }));
    expect(ids({ recent: spread([4, 4, 4, 4, 2, 2, 2, 1, 1, 0]) })).toEqual(['recent-rejections']);
    expect(ids({ recent: spread([4, 4, 4, 3, 2, 2, 2, 1, 1, 0]) })).toEqual([]);
    // Three at Interview, seven at Submitted: the pattern is Submitted.
    expect(findingsFrom(inputs({ recent: recent(10, 3, 0) }))[0]?.text).toBe('7 of your last 10 rejections came at the Submitted stage.');
    const oneReason = findingsFrom(inputs({ recent: recent(10, 6, M.recentSharingAReason - 1), reasons: reasons({}) }))[0];
    expect(oneReason?.text).toBe('6 of your last 10 rejections came at the Interview stage.');
  });

  it('tell the split of control from ten rejections with reasons, not nine', () => {
    const split = (withReasons: number, mine: number, outside: number) =>
      reasons({ rejections: withReasons + 3, withoutReasons: 3, citingMine: mine, citingOutside: outside, reasons: [] });
    expect(ids({ reasons: split(M.rejectionsWithReasons, 7, 4) })).toEqual(['control-mine']);
    expect(ids({ reasons: split(M.rejectionsWithReasons, 3, 8) })).toEqual(['control-outside']);
    expect(ids({ reasons: split(M.rejectionsWithReasons, 5, 5) })).toEqual([]);
    expect(ids({ reasons: split(M.rejectionsWithReasons - 1, 7, 4) })).toEqual([]);
    expect(findingsFrom(inputs({ reasons: split(10, 3, 8) }))[0]).toMatchObject({
      text: '8 of 10 rejections cite reasons outside your control: much of what lost these bids was not about you.',
      basis: '10 rejections with reasons: 3 cite a reason in your control, 8 one outside it.',
    });
  });

  it('name the most cited reason when it is in 30% of ten rejections with reasons', () => {
    const cited = (withReasons: number, count: number) =>
      reasons({ rejections: withReasons, citingMine: 5, citingOutside: 5, reasons: [{ reasonId: 9, label: 'Internal hire', control: 'outside', count }] });
    expect(findingsFrom(inputs({ reasons: cited(10, 3) }))).toEqual([
      { id: 'top-reason', text: 'Internal hire is cited in 3 of 10 rejections (30%).', basis: '10 rejections with reasons; Internal hire: 3.', chart: 'reasons' },
    ]);
    expect(ids({ reasons: cited(11, 3) })).toEqual([]);
    expect(ids({ reasons: cited(M.rejectionsWithReasons - 1, 9) })).toEqual([]);
  });

  it('tell calibration from five interviews rated both ways and a mean gap of a point', () => {
    const calibration = (interviews: number, meanGap: number) => ({ ...empty.calibration, interviews, meanGap });
    expect(findingsFrom(inputs({ calibration: calibration(M.interviewsRated, -1) }))[0]).toMatchObject({
      id: 'calibration',
      text: 'Feedback comes back 1.0 points below your own view of an interview, on average: worth asking what they saw that you did not.',
      basis: '5 interviews rated by you and by them; mean gap −1.0.',
    });
    expect(findingsFrom(inputs({ calibration: calibration(6, 1.5) }))[0]?.text).toContain('1.5 points above your own view');
    expect(ids({ calibration: calibration(M.interviewsRated - 1, -2) })).toEqual([]);
    expect(ids({ calibration: calibration(M.interviewsRated, -0.9) })).toEqual([]);
  });

  it('name the weakest step from Submitted on, among steps that started with twenty bids', () => {
    const funnel = (reached: number[]) => ({
      ...empty.funnel,
      stages: empty.funnel.stages.map((row, rank) => ({ ...row, reached: reached[rank] ?? 0 })),
    });
    expect(findingsFrom(inputs({ funnel: funnel([100, 90, 80, 40, 30, 6, 3]) }))[0]).toEqual({
      id: 'weakest-step',
      text: 'Your weakest step is Interview → Offer: 6 of 30 bids (20%) get through.',
      basis: '30 bids reached Interview; 6 of them went on to Offer.',
      chart: 'funnel',
    });
    // Interview → Offer starts with 19 bids: too few; the weakest of the steps left is Shortlisted → Interview (19 of 40).
    expect(findingsFrom(inputs({ funnel: funnel([100, 90, 80, 40, M.bidsAtStep - 1, 2, 1]) }))[0]?.text).toContain('Shortlisted → Interview: 19 of 40');
    expect(ids({ funnel: funnel([30, 25, M.bidsAtStep, M.bidsAtStep - 1, 5, 1, 0]) })).toEqual([]);
  });

  it('compare sources with ten bids submitted each, when one reaches interview twice as often', () => {
    const source = (label: string, submitted: number, interview: number) => ({ source: 'referral' as const, label, submitted, interview, offer: 0, won: 0 });
    const results = (...bySource: ReturnType<typeof source>[]) => ({ ...empty.results, bySource });
    expect(findingsFrom(inputs({ results: results(source('Referral', 10, 4), source('Job board', 20, 4)) }))[0]).toEqual({
      id: 'sources',
      text: 'Referral bids reach interview 40% of the time, 2.0× as often as Job board ones (20%).',
      basis: 'Referral: 4 of 10 submitted reached interview; Job board: 4 of 20.',
      chart: 'results',
    });
    expect(findingsFrom(inputs({ results: results(source('Referral', 10, 4), source('Job board', 10, 0)) }))[0]?.text).toBe(
      'Referral bids reach interview 40% of the time, while no Job board bid did.',
    );
    expect(ids({ results: results(source('Referral', M.submittedPerSource - 1, 4), source('Job board', 20, 4)) })).toEqual([]);
    expect(ids({ results: results(source('Referral', 10, 4), source('Job board', 20, 5)) })).toEqual([]);
  });

  it('compare thin and full briefs with ten won or lost bids in each, when the loss rates differ by 15 points', () => {
    const band = (index: number, won: number, lost: number) => ({ band: index, label: empty.brief.bands[index]?.label as string, won, lost, lossRate: lost / (won + lost) });
    const brief = (...bands: ReturnType<typeof band>[]) => ({ ...empty.brief, bands });
    expect(findingsFrom(inputs({ brief: brief(band(0, 1, 9), band(3, 5, 5)) }))[0]).toEqual({
      id: 'thin-briefs',
      text: 'Thin briefs lose more: 90% of bids with briefs under 25% complete were lost, against 50% with briefs 75% or more complete.',
      basis: 'Won or lost bids lost: 9 of 10 with briefs under 25% complete; 5 of 10 with briefs 75% or more.',
      chart: 'brief',
    });
    expect(ids({ brief: brief(band(0, 1, 8), band(3, 5, 5)) })).toEqual([]);
    expect(ids({ brief: brief(band(0, 35, 65), band(3, 50, 50)) })).toEqual(['thin-briefs']);
    expect(ids({ brief: brief(band(0, 36, 64), band(3, 50, 50)) })).toEqual([]);
  });

  it('tell bench time from two finished gaps, not one', () => {
    const gap = (days: number, next: number | null) => ({ previousContractId: 1, nextContractId: next, endedOn: '2025-01-01', nextStartOn: '2025-02-01', days });
    const bench = (...gaps: ReturnType<typeof gap>[]) => {
      const finished = gaps.filter((one) => one.nextContractId !== null);
      return { ...empty.bench, gaps, contracts: finished.length + 1, meanDays: finished.length ? finished.reduce((sum, one) => sum + one.days, 0) / finished.length : null };
    };
    expect(findingsFrom(inputs({ bench: bench(gap(20, 2), gap(41, 3)) }))[0]).toEqual({
      id: 'bench',
      text: 'Between contracts you have spent 31 days on the bench on average; the longest gap was 41 days.',
      basis: '2 gaps between 3 contracts.',
      chart: 'bench',
    });
    expect(ids({ bench: bench(gap(20, 2), gap(41, null)) })).toEqual([]);
  });

  it('are at most five, the most actionable first', () => {
    const all = inputs({
      recent: recent(10, 5, 3),
      reasons: reasons({ rejections: 10, citingMine: 8, citingOutside: 2, reasons: [{ reasonId: EXPERIENCE, label: 'Experience gap (sector or level)', control: 'mine', count: 6 }] }),
      calibration: { ...empty.calibration, interviews: 8, meanGap: -1.5 },
      funnel: { ...empty.funnel, stages: empty.funnel.stages.map((row, rank) => ({ ...row, reached: [100, 90, 80, 40, 30, 6, 3][rank] ?? 0 })) },
      brief: { ...empty.brief, bands: [{ band: 0, label: 'Under 25%', won: 0, lost: 10, lossRate: 1 }, { band: 3, label: '75% or more', won: 5, lost: 5, lossRate: 0.5 }] },
    });
    expect(findingsFrom(all).map((finding) => finding.id)).toEqual(['recent-rejections', 'control-mine', 'top-reason', 'calibration', 'weakest-step']);
    expect(findingsFrom(all)).toHaveLength(MAX_FINDINGS);
  });
});
