import type { outcomesContract } from '../../../../shared/contract/outcomes';
import type { AreaHandlers } from '../../area-handlers';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import { getOutcome, saveOutcome } from './outcomes';
import { addRejectionReason, listRejectionReasons, renameRejectionReason, setRejectionReasonRetired } from './reasons';
import { suggestRejectionReasons } from './suggest-reasons';

/** Rejection outcomes, their reasons, and the reasons suggested from feedback. */
export function outcomesHandlers(db: Db, clock: Clock): AreaHandlers<typeof outcomesContract> {
  return {
    listRejectionReasons: () => listRejectionReasons(db),
    addRejectionReason: (input) => addRejectionReason(db, clock.now(), input),
    renameRejectionReason: (input) => renameRejectionReason(db, clock.now(), input),
    setRejectionReasonRetired: (input) => setRejectionReasonRetired(db, clock.now(), input),
    getOutcome: ({ bidId }) => getOutcome(db, bidId),
    saveOutcome: (input) => saveOutcome(db, clock.now(), input),
    suggestRejectionReasons: ({ text }) => suggestRejectionReasons(text),
  };
}
