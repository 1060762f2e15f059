/**
 * Up to five findings above the charts, each computed from the charts' own numbers and naming them. Every
 * finding has a minimum below which it is not told ("analyse, don't over-analyse"): a pattern in three bids is
 * noise. The findings are tried in a fixed order, most actionable first, and the first five that hold are shown.
 */
import { OPEN_STAGES, STAGE_LABELS, type OpenStage } from '../../../../shared/domain';
import type { Finding, Insights } from '../../../../shared/schemas';
import type { RecentRejection } from './recent-rejections';
import { countOf, percent } from './sufficiency';

export const FINDING_MINIMUMS = {
  /** How many of the latest rejections the recent pattern looks at; fewer lost bids than this and it is not looked for. */
  recentRejections: 10,
  /** Of those, how many must share the stage they reached for it to be a pattern. */
  recentAtOneStage: 4,
  /** Of the bids sharing that stage, how many must cite the same reason for the reason to be named. */
  recentSharingAReason: 2,
  /** Rejections with reasons before the control split or the most cited reason is told. */
  rejectionsWithReasons: 10,
  /** The most cited reason's share of rejections with reasons, to be called out. */
  topReasonShare: 0.3,
  /** Interviews rated both ways, and the mean gap in points, before calibration is told. */
  interviewsRated: 5,
  meanGapPoints: 1,
  /** Bids at a step's start before its conversion is compared with the others'. */
  bidsAtStep: 20,
  /** Bids submitted per source before sources are compared, and how many times better the best must do. */
  submittedPerSource: 10,
  sourceRatio: 2,
  /** Won or lost bids in each compared brief band, and the difference in loss rate worth telling. */
  decidedPerBand: 10,
  lossRateDifference: 0.15,
  /** Finished gaps between contracts before bench time is told. */
  benchGaps: 2,
} as const;

export const MAX_FINDINGS = 5;

export interface FindingInputs {
  reasons: Insights['reasons'];
  funnel: Insights['funnel'];
  results: Insights['results'];
  calibration: Insights['calibration'];
  brief: Insights['brief'];
  bench: Insights['bench'];
  /** The latest lost bids, newest first, at most `FINDING_MINIMUMS.recentRejections`. */
  recent: RecentRejection[];
}

const M = FINDING_MINIMUMS;
const stageAt = (rank: number) => STAGE_LABELS[OPEN_STAGES[rank] as OpenStage];

/** The value seen most often (ties: the first seen), with its count. */
function mostCommon<T>(values: readonly T[]): { value: T; count: number } | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: { value: T; count: number } | undefined;
  for (const [value, count] of counts) if (!best || count > best.count) best = { value, count };
  return best;
}

function recentPattern({ recent, reasons }: FindingInputs): Finding | null {
  if (recent.length < M.recentRejections) return null;
  const stage = mostCommon(recent.filter((rejection) => rejection.reached !== null).map((rejection) => rejection.reached as number));
  if (!stage || stage.count < M.recentAtOneStage) return null;
  const atStage = recent.filter((rejection) => rejection.reached === stage.value);
  const reason = mostCommon(atStage.flatMap((rejection) => rejection.reasonIds));
  const label = reasons.reasons.find((row) => row.reasonId === reason?.value)?.label;
  const named = reason && label && reason.count >= M.recentSharingAReason;
  const head = `${stage.count} of your last ${recent.length} rejections came at the ${stageAt(stage.value)} stage`;
  return {
    id: 'recent-rejections',
    text: named ? `${head}, and ${reason.count} of those cite ${label}.` : `${head}.`,
    basis: `Your ${recent.length} latest lost bids: ${stage.count} reached ${stageAt(stage.value)}${named ? `; ${reason.count} of them cite ${label}` : ''}.`,
    chart: 'stageReached',
  };
}

function controlSplit({ reasons }: FindingInputs): Finding | null {
  const withReasons = reasons.rejections - reasons.withoutReasons;
  if (withReasons < M.rejectionsWithReasons) return null;
  const basis = `${withReasons} rejections with reasons: ${reasons.citingMine} cite a reason in your control, ${reasons.citingOutside} one outside it.`;
  if (reasons.citingMine * 2 > withReasons) {
    return { id: 'control-mine', text: `${reasons.citingMine} of ${withReasons} rejections cite something in your control: that is where to look first.`, basis, chart: 'reasons' };
  }
  if (reasons.citingOutside * 2 > withReasons) {
    return {
      id: 'control-outside',
      text: `${reasons.citingOutside} of ${withReasons} rejections cite reasons outside your control: much of what lost these bids was not about you.`,
      basis,
      chart: 'reasons',
    };
  }
  return null;
}

function topReason({ reasons }: FindingInputs): Finding | null {
  const withReasons = reasons.rejections - reasons.withoutReasons;
  const top = [...reasons.reasons].sort((a, b) => b.count - a.count)[0];
  if (withReasons < M.rejectionsWithReasons || !top || top.count / withReasons < M.topReasonShare) return null;
  return {
    id: 'top-reason',
    text: `${top.label} is cited in ${top.count} of ${withReasons} rejections (${percent(top.count / withReasons)}).`,
    basis: `${withReasons} rejections with reasons; ${top.label}: ${top.count}.`,
    chart: 'reasons',
  };
}

function calibration({ calibration: chart }: FindingInputs): Finding | null {
  const mean = chart.meanGap;
  if (chart.interviews < M.interviewsRated || mean === null || Math.abs(mean) < M.meanGapPoints) return null;
  const points = Math.abs(mean).toFixed(1);
  return {
    id: 'calibration',
    text:
      mean < 0
        ? `Feedback comes back ${points} points below your own view of an interview, on average: worth asking what they saw that you did not.`
        : `Feedback comes back ${points} points above your own view of an interview, on average: you may be underselling yourself.`,
    basis: `${countOf(chart.interviews, 'interview', 'interviews')} rated by you and by them; mean gap ${mean > 0 ? '+' : '−'}${points}.`,
    chart: 'calibration',
  };
}

function weakestStep({ funnel }: FindingInputs): Finding | null {
  const from = OPEN_STAGES.indexOf('submitted');
  const steps = funnel.stages
    .map((row, rank) => ({ row, before: funnel.stages[rank - 1], rank }))
    .filter(({ rank, before }) => rank > from && before !== undefined && before.reached >= M.bidsAtStep)
    .sort((a, b) => a.row.reached / (a.before?.reached ?? 1) - b.row.reached / (b.before?.reached ?? 1));
  const weakest = steps[0];
  if (steps.length < 2 || !weakest?.before) return null;
  const { row, before } = weakest;
  return {
    id: 'weakest-step',
    text: `Your weakest step is ${STAGE_LABELS[before.stage]} → ${STAGE_LABELS[row.stage]}: ${row.reached} of ${before.reached} bids (${percent(row.reached / before.reached)}) get through.`,
    basis: `${before.reached} bids reached ${STAGE_LABELS[before.stage]}; ${row.reached} of them went on to ${STAGE_LABELS[row.stage]}.`,
    chart: 'funnel',
  };
}

function sources({ results }: FindingInputs): Finding | null {
  const compared = results.bySource
    .filter((row) => row.submitted >= M.submittedPerSource)
    .map((row) => ({ ...row, rate: row.interview / row.submitted }))
    .sort((a, b) => b.rate - a.rate);
  const best = compared[0];
  const worst = compared[compared.length - 1];
  if (!best || !worst || best === worst || best.rate === 0 || best.rate < worst.rate * M.sourceRatio) return null;
  const than = worst.rate === 0 ? `while no ${worst.label} bid did` : `${(best.rate / worst.rate).toFixed(1)}× as often as ${worst.label} ones (${percent(worst.rate)})`;
  return {
    id: 'sources',
    text: `${best.label} bids reach interview ${percent(best.rate)} of the time, ${than}.`,
    basis: `${best.label}: ${best.interview} of ${best.submitted} submitted reached interview; ${worst.label}: ${worst.interview} of ${worst.submitted}.`,
    chart: 'results',
  };
}

function thinBriefs({ brief }: FindingInputs): Finding | null {
  const compared = brief.bands.filter((band) => band.won + band.lost >= M.decidedPerBand);
  const thin = compared[0];
  const full = compared[compared.length - 1];
  if (!thin || !full || thin === full || (thin.lossRate ?? 0) - (full.lossRate ?? 0) < M.lossRateDifference) return null;
  const of = (band: typeof thin) => `${band.lost} of ${band.won + band.lost}`;
  return {
    id: 'thin-briefs',
    text: `Thin briefs lose more: ${percent(thin.lossRate ?? 0)} of bids with briefs ${thin.label.toLowerCase()} complete were lost, against ${percent(full.lossRate ?? 0)} with briefs ${full.label.toLowerCase()} complete.`,
    basis: `Won or lost bids lost: ${of(thin)} with briefs ${thin.label.toLowerCase()} complete; ${of(full)} with briefs ${full.label.toLowerCase()}.`,
    chart: 'brief',
  };
}

function benchTime({ bench }: FindingInputs): Finding | null {
  const finished = bench.gaps.filter((gap) => gap.nextContractId !== null);
  if (finished.length < M.benchGaps || bench.meanDays === null) return null;
  const longest = Math.max(...finished.map((gap) => gap.days));
  return {
    id: 'bench',
    text: `Between contracts you have spent ${Math.round(bench.meanDays)} days on the bench on average; the longest gap was ${longest} days.`,
    basis: `${finished.length} gaps between ${bench.contracts} contracts.`,
    chart: 'bench',
  };
}

const FINDINGS = [recentPattern, controlSplit, topReason, calibration, weakestStep, sources, thinBriefs, benchTime];

export function findingsFrom(inputs: FindingInputs): Finding[] {
  return FINDINGS.map((finding) => finding(inputs))
    .filter((finding): finding is Finding => finding !== null)
    .slice(0, MAX_FINDINGS);
}
