import { describe, expect, it } from 'vitest';
import { MoveHistory, type SavedMove } from './move-history';

/** A move whose answer the test gives when it chooses, as Stint's answer arrives when it does. */
function sendMove(history: MoveHistory<SavedMove>, move: SavedMove) {
  let answer!: (saved: boolean) => void;
  const saving = new Promise<SavedMove | undefined>((resolve) => {
    answer = (saved) => resolve(saved ? move : undefined);
  });
  history.sent(saving);
  return { saveIt: () => answer(true), failIt: () => answer(false) };
}

/** A history of moves all sent and saved, once their answers have joined it. */
async function savedHistory(moves: SavedMove[]): Promise<MoveHistory<SavedMove>> {
  const history = new MoveHistory<SavedMove>();
  for (const move of moves) sendMove(history, move).saveIt();
  await history.latest();
  return history;
}

const leadToBrief = { eventId: 11, bidId: 1 };
const briefToSubmitted = { eventId: 12, bidId: 1 };
const otherBidMove = { eventId: 13, bidId: 2 };

describe('MoveHistory: the move Ctrl+Z takes back', () => {
  it('is none before any move is made', async () => {
    expect(await new MoveHistory().latest()).toEqual({ kind: 'none' });
  });

  it('is the newest saved move once every move is answered', async () => {
    const history = new MoveHistory<SavedMove>();
    sendMove(history, leadToBrief).saveIt();
    sendMove(history, otherBidMove).saveIt();
    expect(await history.latest()).toEqual({ kind: 'saved', move: otherBidMove });
  });

  it('is the move still awaiting its answer, not the saved one before it, when Ctrl+Z comes straight after', async () => {
    const history = new MoveHistory<SavedMove>();
    sendMove(history, leadToBrief).saveIt();
    const second = sendMove(history, briefToSubmitted);

    const asked = history.latest();
    second.saveIt();

    expect(await asked).toEqual({ kind: 'saved', move: briefToSubmitted });
  });

  it('is nothing to take back when the awaited move is not saved: its card has already gone back', async () => {
    const history = new MoveHistory<SavedMove>();
    sendMove(history, leadToBrief).saveIt();
    const second = sendMove(history, briefToSubmitted);

    const asked = history.latest();
    second.failIt();

    expect(await asked).toEqual({ kind: 'not saved' });
    // The next Ctrl+Z, with nothing awaited, reaches the move before it.
    expect(await history.latest()).toEqual({ kind: 'saved', move: leadToBrief });
  });

  it('is none when the awaited move was taken back by its own Undo meanwhile', async () => {
    const history = new MoveHistory<SavedMove>();
    const only = sendMove(history, leadToBrief);
    const asked = history.latest();
    only.saveIt();
    // After the answer joins the history, before Ctrl+Z's wait for it ends.
    queueMicrotask(() => history.forget((move) => move.eventId === leadToBrief.eventId));
    expect(await asked).toEqual({ kind: 'none' });
  });
});

describe('MoveHistory: keeping the saved moves', () => {
  it('forgets the moves of a deleted bid and gives them back, so their toasts can go', async () => {
    const history = await savedHistory([leadToBrief, otherBidMove, briefToSubmitted]);
    expect(history.forget((move) => move.bidId === 1)).toEqual([leadToBrief, briefToSubmitted]);
    expect(history.movesOf(1)).toEqual([]);
    expect(history.find(otherBidMove.eventId)).toBe(otherBidMove);
  });

  it('puts a move whose undo could not be asked for back in its place among the others', async () => {
    const history = await savedHistory([leadToBrief, briefToSubmitted]);
    history.forget((move) => move.eventId === leadToBrief.eventId);
    history.putBack(leadToBrief);
    expect(history.movesOf(1)).toEqual([leadToBrief, briefToSubmitted]);
    expect(await history.latest()).toEqual({ kind: 'saved', move: briefToSubmitted });
  });
});
