/**
 * Chart 9: days on the bench between contracts, and today's if no contract is running. The gaps are the
 * contracts service's own (`benchTime`: won bids' contracts, ended on their actual or else planned end, the
 * bench measured from the latest end so far), so that this chart and the countdown in the header agree.
 */
import type { Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { benchTime } from '../contracts/bench-time';
import { localDateAt } from '../contracts/calendar-days';
import { loadContractDates } from '../contracts/load-contract-dates';
import { countOf, sufficiency } from './sufficiency';

type Gap = Insights['bench']['gaps'][number];

/** Only the date range applies to bench time: a gap counts when it overlaps the range. */
export interface BenchRange {
  fromDate: string;
  toDate: string;
}

export function benchRange(filters: { from?: string | undefined; to?: string | undefined }): BenchRange {
  return { fromDate: filters.from ?? '0000-01-01', toDate: filters.to ?? '9999-12-31' };
}

/** The gaps between contracts that overlap `range`, oldest first, today's bench last; and how many contracts count. */
export function benchGapsOf(db: Db, range: BenchRange, now: number): { gaps: Gap[]; contracts: number } {
  const dates = loadContractDates(db);
  const { benchPeriods, currentBench } = benchTime(dates, now);
  const gaps: Gap[] = benchPeriods.map((period) => ({
    previousContractId: period.afterContractId,
    nextContractId: period.beforeContractId,
    endedOn: period.from,
    nextStartOn: period.to,
    days: period.days,
  }));
  if (currentBench) {
    // The contract the bench began with: the one that ended that day (the latest added, if two did).
    const last = dates.filter((contract) => (contract.actualEndOn ?? contract.plannedEndOn) === currentBench.since).at(-1);
    if (last) gaps.push({ previousContractId: last.contractId, nextContractId: null, endedOn: currentBench.since, nextStartOn: localDateAt(now), days: currentBench.days });
  }
  return { gaps: gaps.filter((gap) => gap.endedOn <= range.toDate && gap.nextStartOn >= range.fromDate), contracts: dates.length };
}

export function createBenchChart(db: Db): (range: BenchRange, now: number) => Insights['bench'] {
  return (range, now) => {
    const { gaps, contracts } = benchGapsOf(db, range, now);
    const finished = gaps.filter((gap) => gap.nextContractId !== null);
    const meanDays = finished.length === 0 ? null : finished.reduce((sum, gap) => sum + gap.days, 0) / finished.length;
    const current = gaps.find((gap) => gap.nextContractId === null);
    return {
      ...sufficiency('bench', contracts, () => {
        const now = current ? `; you have been on the bench for ${countOf(current.days, 'day', 'days')} now` : '';
        if (meanDays === null) return `No gap between contracts in this date range${now}.`;
        const longest = Math.max(...finished.map((gap) => gap.days));
        return `Between contracts you spent ${Math.round(meanDays)} days on the bench on average over ${countOf(finished.length, 'gap', 'gaps')}; the longest was ${longest} days${now}.`;
      }),
      gaps,
      meanDays,
      contracts,
    };
  };
}
