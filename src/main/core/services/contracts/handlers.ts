import type { contractsContract } from '../../../../shared/contract/contracts';
import type { AreaHandlers } from '../../area-handlers';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import { changeContractEnd, getContract, saveContract } from './contracts';
import { getWorkSummary } from './work-summary';

export function contractsHandlers(db: Db, clock: Clock): AreaHandlers<typeof contractsContract> {
  return {
    getContract: ({ bidId }) => getContract(db, bidId),
    saveContract: (input) => saveContract(db, clock.now(), input),
    changeContractEnd: (input) => changeContractEnd(db, clock.now(), input),
    getWorkSummary: () => getWorkSummary(db, clock.now()),
  };
}
