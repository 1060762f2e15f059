import { isClosedStage, type Stage } from '../../../shared/domain';
import type { Board, BidCard } from '../../../shared/schemas';

/** Where the server will list a just-moved card: first in a closed lane (newest first), else first of its priority. */
function insertAsListed(cards: BidCard[], card: BidCard): BidCard[] {
  const index = isClosedStage(card.stage) ? 0 : cards.findIndex((other) => other.priority <= card.priority);
  return index === -1 ? [...cards, card] : [...cards.slice(0, index), card, ...cards.slice(index)];
}

/**
 * The board with a card taken out of the lane `from` and shown as `placed` in the lane of `placed.stage`. Lanes
 * whose cards are not loaded (collapsed closed lanes) only change count.
 */
export function relocateCard(board: Board, id: number, from: Stage, placed: BidCard): Board {
  if (from === placed.stage) return board;
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.stage === from) {
        return { ...column, count: Math.max(0, column.count - 1), cards: column.cards.filter((other) => other.id !== id) };
      }
      if (column.stage === placed.stage) {
        const showsCards = column.cards.length > 0 || column.count === 0;
        return { ...column, count: column.count + 1, cards: showsCards ? insertAsListed(column.cards, placed) : column.cards };
      }
      return column;
    }),
  };
}

/**
 * The board as it will look once `card` has moved to `to`, so the move shows at once; the server's answer
 * replaces it moments later.
 */
export function moveCardInBoard(board: Board, card: BidCard, to: Stage, now: number): Board {
  return relocateCard(board, card.id, card.stage, { ...card, stage: to, stageChangedAt: now, daysInStage: 0 });
}
