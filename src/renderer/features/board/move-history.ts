/** A saved move, known by the stage event it wrote and the bid it moved. */
export interface SavedMove {
  eventId: number;
  bidId: number;
}

/** What Ctrl+Z should take back: a saved move, a move Stint did not save (nothing to do), or nothing at all. */
export type MoveToUndo<Move extends SavedMove> = { kind: 'saved'; move: Move } | { kind: 'not saved' } | { kind: 'none' };

/**
 * The moves of this session that Ctrl+Z can take back, including those Stint has not answered yet. A user who
 * presses Ctrl+Z straight after a move means that move, even if its answer is still on its way: it is waited for,
 * rather than an earlier, already saved move being undone in its place.
 */
export class MoveHistory<Move extends SavedMove> {
  /** Oldest first: Ctrl+Z takes them from the end. */
  private saved: Move[] = [];
  /** The answers still awaited, in the order the moves were made; each gives the saved move, or nothing. */
  private unanswered: Promise<Move | undefined>[] = [];

  /** A move was sent; its answer gives the saved move, which joins the history, or nothing. */
  sent(answer: Promise<Move | undefined>): void {
    this.unanswered.push(answer);
    const settled = () => {
      this.unanswered = this.unanswered.filter((pending) => pending !== answer);
    };
    answer.then((move) => {
      if (move) this.saved.push(move);
      settled();
    }, settled);
  }

  /** A move whose undo could not be asked for (Stint was unreachable) goes back in its place. */
  putBack(move: Move): void {
    this.saved = [...this.saved, move].sort((a, b) => a.eventId - b.eventId);
  }

  /** Takes out the moves that can no longer be undone, and gives them back (their toasts must go). */
  forget(isGone: (move: Move) => boolean): Move[] {
    const gone = this.saved.filter(isGone);
    this.saved = this.saved.filter((move) => !isGone(move));
    return gone;
  }

  movesOf(bidId: number): Move[] {
    return this.saved.filter((move) => move.bidId === bidId);
  }

  find(eventId: number): Move | undefined {
    return this.saved.find((move) => move.eventId === eventId);
  }

  /** The move Ctrl+Z means: the newest one made, once Stint has answered it. */
  async latest(): Promise<MoveToUndo<Move>> {
    const newestUnanswered = this.unanswered.at(-1);
    if (newestUnanswered) {
      const move = await newestUnanswered.catch(() => undefined);
      if (move === undefined) return { kind: 'not saved' };
      // Its own toast's Undo may have taken it back meanwhile.
      return this.saved.includes(move) ? { kind: 'saved', move } : { kind: 'none' };
    }
    const move = this.saved.at(-1);
    return move ? { kind: 'saved', move } : { kind: 'none' };
  }
}
