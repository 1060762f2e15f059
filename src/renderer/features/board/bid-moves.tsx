import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';
import { STAGE_LABELS, type Stage } from '../../../shared/domain';
import type { BidCard } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';
import { isConnectionFailure } from '../../api/connection';
import { bidIsGone, failureMessage } from '../../api/failure-message';
import { useToasts } from '../toasts/toasts';
import { updateCachedBoards } from './board-queries';
import { moveCardInBoard } from './move-in-board';

interface BidMoves {
  /** Moves a card, showing it at once, and offers to undo; puts it back if the move is not saved. */
  move(card: BidCard, to: Stage, note?: string): Promise<void>;
  /** Undoes the latest move made in this session (Ctrl/Cmd+Z). */
  undoLast(): void;
  /** A bid was deleted: its moves can no longer be undone. */
  forgetBid(id: number): void;
}

/** A saved move that can still be undone, and the toast that offers to. */
interface UndoableMove {
  eventId: number;
  bidId: number;
  title: string;
  toastId: number;
}

const BidMovesContext = createContext<BidMoves | null>(null);

export function BidMovesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const toasts = useToasts();
  // Newest last: Ctrl+Z takes them from the end.
  const undoable = useRef<UndoableMove[]>([]);

  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: queryKeys.board }), [queryClient]);
  const refreshBid = useCallback((id: number) => queryClient.invalidateQueries({ queryKey: queryKeys.bid(id) }), [queryClient]);

  const forget = useCallback(
    (isGone: (entry: UndoableMove) => boolean) => {
      for (const entry of undoable.current.filter(isGone)) toasts.dismiss(entry.toastId);
      undoable.current = undoable.current.filter((entry) => !isGone(entry));
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
        if (isConnectionFailure(error)) undoable.current = [...undoable.current, move].sort((a, b) => a.eventId - b.eventId);
        const reason = failureMessage(error, 'The move was already undone, or the bid was deleted.');
        toasts.show(`“${move.title}” was not moved back. ${reason}`, { tone: 'error' });
      } finally {
        void refresh();
      }
    },
    [api, forget, refresh, refreshBid, toasts],
  );

  const move = useCallback<BidMoves['move']>(
    async (card, to, note) => {
      if (card.stage === to) return;
      const putBack = await updateCachedBoards(queryClient, (board) => moveCardInBoard(board, card, to, Date.now()));
      try {
        const { eventId } = await api.moveBid(note ? { id: card.id, to, note } : { id: card.id, to });
        // Only a bid's latest move can be undone: an earlier toast's Undo for this bid would now fail.
        for (const entry of undoable.current) if (entry.bidId === card.id) toasts.dismiss(entry.toastId);
        const undoThis = () => {
          const entry = undoable.current.find((candidate) => candidate.eventId === eventId);
          if (entry) void undo(entry);
        };
        const toastId = toasts.show(`Moved “${card.title}” to ${STAGE_LABELS[to]}.`, { action: { label: 'Undo', run: undoThis } });
        undoable.current.push({ eventId, bidId: card.id, title: card.title, toastId });
      } catch (error) {
        // Whatever went wrong, the move was not saved: the board must not show it.
        putBack();
        toasts.show(`“${card.title}” was not moved. ${failureMessage(error, bidIsGone('It'))}`, { tone: 'error' });
      } finally {
        void refresh();
        void refreshBid(card.id);
      }
    },
    [api, queryClient, refresh, refreshBid, toasts, undo],
  );

  const undoLast = useCallback(() => {
    const last = undoable.current[undoable.current.length - 1];
    if (last === undefined) {
      toasts.show('There is no move to undo.');
      return;
    }
    void undo(last);
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
