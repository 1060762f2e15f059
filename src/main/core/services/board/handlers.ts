import type { boardContract } from '../../../../shared/contract/board';
import type { AreaHandlers } from '../../area-handlers';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import { createBoardQueries } from './board';

export function boardHandlers(db: Db, clock: Clock): AreaHandlers<typeof boardContract> {
  const board = createBoardQueries(db);
  return {
    getBoard: (input) => board.getBoard(clock.now(), input),
    getColumnPage: (input) => board.getColumnPage(clock.now(), input),
  };
}
