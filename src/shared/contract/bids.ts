import { z } from 'zod';
import {
  bidIdSchema,
  bidSchema,
  createBidSchema,
  moveBidSchema,
  moveResultSchema,
  setArchivedSchema,
  undoMoveSchema,
  updateBidSchema,
} from '../schemas';
import { method } from './method';

export const bidsContract = {
  getBid: method(bidIdSchema, bidSchema, 'One bid with every field and its stage history.'),
  createBid: method(createBidSchema, bidSchema, 'Creates a bid (and any organisation or contact typed in) and its first stage event.'),
  updateBid: method(updateBidSchema, bidSchema, "Replaces a bid's fields; its stage changes only through moveBid."),
  moveBid: method(moveBidSchema, moveResultSchema, 'Moves a bid to another stage and records the stage event.'),
  undoMove: method(undoMoveSchema, bidSchema, "Reverts a bid's latest move and removes its stage event."),
  setArchived: method(setArchivedSchema, bidSchema, 'Archives a bid (hidden from the board) or restores it.'),
  deleteBid: method(bidIdSchema, z.object({ id: z.number() }), 'Deletes a bid and its history for good.'),
};
