/**
 * Time on and off contract, from the contracts' dates alone: the bench between consecutive contracts, the share of
 * the last twelve months spent under contract, and the days left in the current one. Pure: the contracts and the
 * instant are passed in, so the Insights charts and the work summary compute the same numbers.
 *
 * A contract runs from its start to its actual end, or to its planned end while no actual end is recorded (a
 * contract whose planned end has passed without one is taken to have ended as planned). Both ends are worked days.
 */
import { dayNumber, isoDateOf, localDateAt, sameDateLastYear } from './calendar-days';

export interface ContractDates {
  contractId: number;
  startOn: string;
  plannedEndOn: string;
  actualEndOn: string | null;
}

/** The gap between one stretch of work and the next contract: `days` are the days strictly between `from` and `to`. */
export interface BenchPeriod {
  /** The contract whose end the bench followed (the latest-ending of those before). */
  afterContractId: number;
  /** The contract that ended the bench. */
  beforeContractId: number;
  /** The last day worked before the bench. */
  from: string;
  /** The first day of the next contract. */
  to: string;
  /** Whole days without a contract; 0 when the contracts touch or overlap. */
  days: number;
}

export interface Utilisation {
  /** The twelve months looked at, both days included: from the day after this date last year to today. */
  from: string;
  to: string;
  days: number;
  daysUnderContract: number;
  /** `daysUnderContract / days`, from 0 to 1. */
  share: number;
}

export interface CurrentContract {
  contractId: number;
  endsOn: string;
  /** Calendar days from today to the end: 0 on the last day. */
  daysLeft: number;
}

export interface BenchTime {
  benchPeriods: BenchPeriod[];
  /** The contract running today (the one ending last, if several overlap); null when on the bench. */
  current: CurrentContract | null;
  /** On the bench today after some contract ended: since that day, and how many days so far (today included). */
  currentBench: { since: string; days: number } | null;
  /** Null when there are no contracts at all: a share of nothing would be invented. */
  utilisation: Utilisation | null;
}

interface Span {
  contractId: number;
  start: number;
  end: number;
}

function spansOf(contracts: readonly ContractDates[]): Span[] {
  return contracts
    .map((contract) => ({
      contractId: contract.contractId,
      start: dayNumber(contract.startOn),
      end: dayNumber(contract.actualEndOn ?? contract.plannedEndOn),
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.contractId - b.contractId);
}

/** Between each contract and the next by start date, measured from the latest end so far (overlaps count zero). */
function benchPeriodsOf(spans: readonly Span[]): BenchPeriod[] {
  const periods: BenchPeriod[] = [];
  let workedUntil: Span | undefined;
  for (const span of spans) {
    if (workedUntil) {
      periods.push({
        afterContractId: workedUntil.contractId,
        beforeContractId: span.contractId,
        from: isoDateOf(workedUntil.end),
        to: isoDateOf(span.start),
        days: Math.max(0, span.start - workedUntil.end - 1),
      });
    }
    if (!workedUntil || span.end > workedUntil.end) workedUntil = span;
  }
  return periods;
}

/** Days in [from, to] covered by at least one span. */
function coveredDays(spans: readonly Span[], from: number, to: number): number {
  let covered = 0;
  let countedUntil = from - 1;
  for (const span of spans) {
    const start = Math.max(span.start, countedUntil + 1);
    const end = Math.min(span.end, to);
    if (end >= start) {
      covered += end - start + 1;
      countedUntil = end;
    }
  }
  return covered;
}

export function benchTime(contracts: readonly ContractDates[], now: number): BenchTime {
  const todayOn = localDateAt(now);
  const today = dayNumber(todayOn);
  const spans = spansOf(contracts);

  const running = spans.filter((span) => span.start <= today && today <= span.end).sort((a, b) => b.end - a.end)[0];
  const current = running ? { contractId: running.contractId, endsOn: isoDateOf(running.end), daysLeft: running.end - today } : null;

  const lastEnded = Math.max(...spans.filter((span) => span.end < today).map((span) => span.end));
  const currentBench = !running && Number.isFinite(lastEnded) ? { since: isoDateOf(lastEnded), days: today - lastEnded } : null;

  let utilisation: Utilisation | null = null;
  if (spans.length > 0) {
    const from = dayNumber(sameDateLastYear(todayOn)) + 1;
    const days = today - from + 1;
    const daysUnderContract = coveredDays(spans, from, today);
    utilisation = { from: isoDateOf(from), to: todayOn, days, daysUnderContract, share: daysUnderContract / days };
  }

  return { benchPeriods: benchPeriodsOf(spans), current, currentBench, utilisation };
}
