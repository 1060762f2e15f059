import type { bidsContract } from '../../../../shared/contract/bids';
import type { AreaHandlers } from '../../area-handlers';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import { createBid, deleteBid, getBid, setArchived, updateBid } from './bids';
import { createMoveBid, undoMove } from './stages';

export function bidsHandlers(db: Db, clock: Clock): AreaHandlers<typeof bidsContract> {
  const moveBid = createMoveBid(db);
  return {
    getBid: ({ id }) => getBid(db, clock.now(), id),
    createBid: (input) => createBid(db, clock.now(), input),
    updateBid: (input) => updateBid(db, clock.now(), input),
    moveBid: (input) => moveBid(clock.now(), input),
    undoMove: (input) => undoMove(db, clock.now(), input),
    setArchived: (input) => setArchived(db, clock.now(), input),
    deleteBid: ({ id }) => deleteBid(db, id),
  };
}
