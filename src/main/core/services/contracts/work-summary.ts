import type { WorkSummary } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { benchTime } from './bench-time';
import { loadContractDates } from './load-contract-dates';

/** The contract running today, the bench between contracts and the last twelve months' utilisation, with bids named. */
export function getWorkSummary(db: Db, now: number): WorkSummary {
  const contractDates = loadContractDates(db);
  const bidOf = new Map(contractDates.map((contract) => [contract.contractId, { id: contract.opportunityId, title: contract.title }]));
  const bid = (contractId: number) => bidOf.get(contractId)!;
  const time = benchTime(contractDates, now);
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
