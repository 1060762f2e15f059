/**
 * How much data each chart needs before it is drawn, and the sentence that says how much more is needed. Below
 * these counts a chart shows "Not enough data yet" rather than a pattern made of two or three bids.
 */
import type { InsightChart } from '../../../../shared/schemas';

interface Minimum {
  need: number;
  /** What is counted, singular and plural. */
  one: string;
  other: string;
}

export const CHART_MINIMUMS = {
  reasons: { need: 5, one: 'rejection with a reason', other: 'rejections with reasons' },
  stageReached: { need: 5, one: 'rejection', other: 'rejections' },
  funnel: { need: 10, one: 'bid', other: 'bids' },
  results: { need: 10, one: 'submitted bid', other: 'submitted bids' },
  monthly: { need: 10, one: 'bid', other: 'bids' },
  calibration: { need: 3, one: 'interview rated by you and by them', other: 'interviews rated by you and by them' },
  brief: { need: 10, one: 'won or lost bid', other: 'won or lost bids' },
  timeInStage: { need: 10, one: 'bid moving on from a stage', other: 'bids moving on from a stage' },
  bench: { need: 2, one: 'contract', other: 'contracts' },
} as const satisfies Record<InsightChart, Minimum>;

/** Made once: `toLocaleString` builds a formatter on every call. */
const COUNT = new Intl.NumberFormat('en-GB');

export function countOf(count: number, one: string, other: string): string {
  return `${COUNT.format(count)} ${count === 1 ? one : other}`;
}

export interface Sufficiency {
  enoughData: boolean;
  have: number;
  need: number;
  unit: string;
  reading: string;
}

/** Whether `chart` has enough with `have`, and its reading: `read()` when it has, else what is still needed. */
export function sufficiency(chart: InsightChart, have: number, read: () => string): Sufficiency {
  const { need, one, other } = CHART_MINIMUMS[chart];
  const enoughData = have >= need;
  const reading = enoughData ? read() : `Not enough data yet: ${countOf(need - have, `more ${one}`, `more ${other}`)} needed.`;
  return { enoughData, have, need, unit: other, reading };
}

/** 0.4567 → "46%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

