import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';
import { asksForOutcome, STAGE_LABELS, type Stage } from '../../../shared/domain';
import type { BidCard } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';
import { wentUnanswered } from '../../api/client';
import { isConnectionFailure } from '../../api/connection';
import { bidIsGone, failureMessage } from '../../api/failure-message';
import { useOutcomePrompt } from '../outcomes/outcome-prompt';
import { useToasts } from '../toasts/toasts';
import { updateCachedBoards } from './board-queries';
import { moveCardInBoard, relocateCard } from './move-in-board';
import { MoveHistory, type SavedMove } from './move-history';

interface BidMoves {
  /** Moves a card, showing it at once, and offers to undo; puts it back if the move is not saved. */
  move(card: BidCard, to: Stage, note?: string): Promise<void>;
  /** Undoes the latest move made in this session (Ctrl/Cmd+Z). */
  undoLast(): void;
  /** A bid was deleted: its moves can no longer be undone. */
  forgetBid(id: number): void;
}

/**
 * A bid with moves not yet answered: the card as the database last confirmed it, and the lane the screen shows
 * it in. A move that fails puts the card back where it is stored — not where the screen had it before that move,
 * which may itself have been a move still unanswered (two Shift+→ while Stint is not answering).
 */
interface BidInFlight {
  stored: BidCard;
  storedByEvent: number;
  shownIn: Stage;
  unanswered: number;
}

/** A saved move that can still be undone, and the toast that offers to. */
interface UndoableMove extends SavedMove {
  title: string;
  toastId: number;
}

const BidMovesContext = createContext<BidMoves | null>(null);

export function BidMovesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const toasts = useToasts();
  const outcomePrompt = useOutcomePrompt();
  const history = useRef(new MoveHistory<UndoableMove>());
  const inFlight = useRef(new Map<number, BidInFlight>());

  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: queryKeys.board }), [queryClient]);
  const refreshBid = useCallback((id: number) => queryClient.invalidateQueries({ queryKey: queryKeys.bid(id) }), [queryClient]);

  const forget = useCallback(
    (isGone: (entry: UndoableMove) => boolean) => {
      for (const entry of history.current.forget(isGone)) toasts.dismiss(entry.toastId);
    },
    [toasts],
  );

  const undo = useCallback(
    async (move: UndoableMove) => {
      forget((entry) => entry.eventId === move.eventId);
      try {
        const bid = await api.undoMove({ eventId: move.eventId });
        toasts.show(`Undone: “${bid.title}” is back in ${STAGE_LABELS[bid.stage]}.`);
        void refreshBid(bid.id);
      } catch (error) {
        // Nothing was undone if Stint could not be asked: Ctrl+Z can try again once it is back.
        if (isConnectionFailure(error)) history.current.putBack(move);
        const reason = failureMessage(error, 'The move was already undone, or the bid was deleted.');
        toasts.show(`“${move.title}” was not moved back. ${reason}`, { tone: 'error' });
      } finally {
        void refresh();
      }
    },
    [api, forget, refresh, refreshBid, toasts],
  );

  /** Sends one move and shows it at once; gives the saved move (for the history), or nothing once the card is put back. */
  const save = useCallback(
    async (card: BidCard, to: Stage, note: string | undefined): Promise<UndoableMove | undefined> => {
      const flight = inFlight.current.get(card.id) ?? { stored: card, storedByEvent: 0, shownIn: card.stage, unanswered: 0 };
      flight.unanswered += 1;
      flight.shownIn = to;
      inFlight.current.set(card.id, flight);
      await updateCachedBoards(queryClient, (board) => moveCardInBoard(board, card, to, Date.now()));
      try {
        const { eventId, bid } = await api.moveBid(note ? { id: card.id, to, note } : { id: card.id, to });
        // Answers can arrive out of order; the latest event is where the bid is stored.
        if (eventId > flight.storedByEvent) Object.assign(flight, { stored: bid, storedByEvent: eventId });
        // Only a bid's latest move can be undone: an earlier toast's Undo for this bid would now fail. Ctrl+Z still
        // reaches those moves, one at a time, newest first.
        for (const entry of history.current.movesOf(card.id)) toasts.dismiss(entry.toastId);
        const undoThis = () => {
          const entry = history.current.find(eventId);
          if (entry) void undo(entry);
        };
        const toastId = toasts.show(`Moved “${card.title}” to ${STAGE_LABELS[to]}.`, { action: { label: 'Undo', run: undoThis } });
        // Only now that the move is stored: the outcome is recorded against this very move.
        if (asksForOutcome(to)) outcomePrompt.ask({ bidId: card.id, title: card.title, closedAs: to, undo: undoThis });
        return { eventId, bidId: card.id, title: card.title, toastId };
      } catch (error) {
        // Whatever went wrong, the move was not saved: the board must show the bid where it is stored.
        const { stored, shownIn } = flight;
        await updateCachedBoards(queryClient, (board) => relocateCard(board, card.id, shownIn, stored));
        flight.shownIn = stored.stage;
        // Unanswered, the move may still be carried out when Stint resumes: the board catches up then.
        const outcome = wentUnanswered(error) ? 'may not have been moved' : 'was not moved';
        toasts.show(`“${card.title}” ${outcome}. ${failureMessage(error, bidIsGone('It'))}`, { tone: 'error' });
        return undefined;
      } finally {
        flight.unanswered -= 1;
        if (flight.unanswered === 0) inFlight.current.delete(card.id);
        void refresh();
        void refreshBid(card.id);
      }
    },
    [api, queryClient, refresh, refreshBid, toasts, undo, outcomePrompt],
  );

  const move = useCallback<BidMoves['move']>(
    async (card, to, note) => {
      if (card.stage === to) return;
      const saving = save(card, to, note);
      history.current.sent(saving);
      await saving;
    },
    [save],
  );

  const undoLast = useCallback(() => {
    void history.current.latest().then((latest) => {
      // A move Stint did not save has already been put back, and its toast says so.
      if (latest.kind === 'saved') void undo(latest.move);
      else if (latest.kind === 'none') toasts.show('There is no move to undo.');
    });
  }, [toasts, undo]);

  const forgetBid = useCallback((id: number) => forget((entry) => entry.bidId === id), [forget]);

  const value = useMemo(() => ({ move, undoLast, forgetBid }), [move, undoLast, forgetBid]);
  return <BidMovesContext.Provider value={value}>{children}</BidMovesContext.Provider>;
}

export function useBidMoves(): BidMoves {
  const moves = useContext(BidMovesContext);
  if (!moves) throw new Error('useBidMoves must be used inside <BidMovesProvider>');
  return moves;
}
