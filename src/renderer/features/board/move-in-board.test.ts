import { describe, expect, it } from 'vitest';
import type { Board, BidCard } from '../../../shared/schemas';
import { moveCardInBoard, relocateCard } from './move-in-board';

function card(id: number, stage: BidCard['stage'], priority: BidCard['priority'] = 2): BidCard {
  return { id, title: `Bid ${id}`, clientName: null, agencyName: null, rate: null, stage, priority, stageChangedAt: 0, daysInStage: 4, briefCompleteness: 0, archived: false, interviewToAssess: null };
}

const board: Board = {
  totalMatching: 4,
  hasAnyBids: true,
  columns: [
    { stage: 'lead', count: 2, cards: [card(1, 'lead'), card(2, 'lead')] },
    { stage: 'submitted', count: 2, cards: [card(3, 'submitted', 3), card(4, 'submitted', 1)] },
    { stage: 'rejected', count: 5, cards: [] },
  ],
};

describe('showing a move before the server confirms it', () => {
  it('takes the card out of its lane and puts it first among its priority in the new lane', () => {
    const next = moveCardInBoard(board, card(1, 'lead'), 'submitted', 1000);
    expect(next.columns[0]).toMatchObject({ count: 1, cards: [{ id: 2 }] });
    expect(next.columns[1]?.count).toBe(3);
    expect(next.columns[1]?.cards.map((c) => c.id)).toEqual([3, 1, 4]);
    expect(next.columns[1]?.cards[1]).toMatchObject({ stage: 'submitted', stageChangedAt: 1000, daysInStage: 0 });
  });

  it('puts the card first in an unfolded closed lane, which lists the newest first whatever the priority', () => {
    const unfolded: Board = { ...board, columns: [board.columns[0] as Board['columns'][number], { stage: 'rejected', count: 2, cards: [card(5, 'rejected', 3), card(6, 'rejected', 1)] }] };
    const next = moveCardInBoard(unfolded, card(1, 'lead', 1), 'rejected', 1000);
    expect(next.columns[1]?.cards.map((c) => c.id)).toEqual([1, 5, 6]);
  });

  it('only counts a move into a collapsed lane, whose cards are not loaded', () => {
    const next = moveCardInBoard(board, card(2, 'lead'), 'rejected', 1000);
    expect(next.columns[2]).toEqual({ stage: 'rejected', count: 6, cards: [] });
    expect(next.columns[0]?.cards.map((c) => c.id)).toEqual([1]);
  });
});

describe('putting a card back where it is stored', () => {
  it('takes it from the lane it is shown in and shows it as stored, with its own time in stage', () => {
    const shownInSubmitted = moveCardInBoard(board, card(1, 'lead'), 'submitted', 99);
    const back = relocateCard(shownInSubmitted, 1, 'submitted', card(1, 'lead'));
    expect(back.columns.find((column) => column.stage === 'lead')).toEqual({ stage: 'lead', count: 2, cards: [card(1, 'lead'), card(2, 'lead')] });
    expect(back.columns.find((column) => column.stage === 'submitted')?.cards.map((other) => other.id)).toEqual([3, 4]);
  });

  it('changes nothing when the card is already shown where it is stored', () => {
    expect(relocateCard(board, 1, 'lead', card(1, 'lead'))).toBe(board);
  });
});
