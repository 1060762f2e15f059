import type { WorkSummary } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { benchTime } from './bench-time';
import { bidTitles, loadContractDates } from './load-contract-dates';

/** The contract running today, the bench between contracts and the last twelve months' utilisation, with bids named. */
export function getWorkSummary(db: Db, now: number): WorkSummary {
  const contractDates = loadContractDates(db);
  const time = benchTime(contractDates, now);
  const named = [time.current?.contractId, ...time.benchPeriods.flatMap((period) => [period.afterContractId, period.beforeContractId])];
  const bidIdOf = new Map(contractDates.map((contract) => [contract.contractId, contract.opportunityId]));
  const titles = bidTitles(db, [...new Set(named.flatMap((contractId) => (contractId === undefined ? [] : [bidIdOf.get(contractId)!])))]);
  const bid = (contractId: number) => {
    const id = bidIdOf.get(contractId)!;
    return { id, title: titles.get(id)! };
  };
  return {
    current: time.current && { bid: bid(time.current.contractId), endsOn: time.current.endsOn, daysLeft: time.current.daysLeft },
    currentBench: time.currentBench,
    benchPeriods: time.benchPeriods.map(({ afterContractId, beforeContractId, ...period }) => ({
      after: bid(afterContractId),
      before: bid(beforeContractId),
      ...period,
    })),
    utilisation: time.utilisation,
  };
}
