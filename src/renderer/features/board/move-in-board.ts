import { isClosedStage, type Stage } from '../../../shared/domain';
import type { Board, BidCard } from '../../../shared/schemas';

/** Where the server will list a just-moved card: first in a closed lane (newest first), else first of its priority. */
function insertAsListed(cards: BidCard[], card: BidCard): BidCard[] {
  const index = isClosedStage(card.stage) ? 0 : cards.findIndex((other) => other.priority <= card.priority);
  return index === -1 ? [...cards, card] : [...cards.slice(0, index), card, ...cards.slice(index)];
}

/**
 * The board as it will look once `card` has moved to `to`, so the move shows at once; the server's answer
 * replaces it moments later. Lanes whose cards are not loaded (collapsed closed lanes) only change count.
 */
export function moveCardInBoard(board: Board, card: BidCard, to: Stage, now: number): Board {
  const moved: BidCard = { ...card, stage: to, stageChangedAt: now, daysInStage: 0 };
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.stage === card.stage) {
        return { ...column, count: Math.max(0, column.count - 1), cards: column.cards.filter((other) => other.id !== card.id) };
      }
      if (column.stage === to) {
        const showsCards = column.cards.length > 0 || column.count === 0;
        return { ...column, count: column.count + 1, cards: showsCards ? insertAsListed(column.cards, moved) : column.cards };
      }
      return column;
    }),
  };
}
