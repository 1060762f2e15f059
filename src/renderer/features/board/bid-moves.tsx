import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';
import { STAGE_LABELS, type Stage } from '../../../shared/domain';
import type { BidCard } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { useToasts } from '../toasts/toasts';
import { queryKeys } from '../../app/query-keys';
import { updateCachedBoards } from './board-queries';
import { moveCardInBoard } from './move-in-board';

interface BidMoves {
  /** Moves a card, showing it at once, and offers to undo. */
  move(card: BidCard, to: Stage, note?: string): Promise<void>;
  /** Undoes the latest move made in this session (Ctrl/Cmd+Z). */
  undoLast(): void;
}

const BidMovesContext = createContext<BidMoves | null>(null);

export function BidMovesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const toasts = useToasts();
  const undoable = useRef<number[]>([]);

  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: queryKeys.board }), [queryClient]);
  const refreshBid = useCallback((id: number) => queryClient.invalidateQueries({ queryKey: queryKeys.bid(id) }), [queryClient]);

  const undo = useCallback(
    async (eventId: number) => {
      undoable.current = undoable.current.filter((id) => id !== eventId);
      try {
        const bid = await api.undoMove({ eventId });
        toasts.show(`Undone: “${bid.title}” is back in ${STAGE_LABELS[bid.stage]}.`);
        void refreshBid(bid.id);
      } catch (error) {
        toasts.show((error as Error).message, { tone: 'error' });
      } finally {
        void refresh();
      }
    },
    [api, refresh, refreshBid, toasts],
  );

  const move = useCallback<BidMoves['move']>(
    async (card, to, note) => {
      if (card.stage === to) return;
      updateCachedBoards(queryClient, (board) => moveCardInBoard(board, card, to, Date.now()));
      try {
        const { eventId } = await api.moveBid(note ? { id: card.id, to, note } : { id: card.id, to });
        undoable.current.push(eventId);
        toasts.show(`Moved “${card.title}” to ${STAGE_LABELS[to]}.`, { action: { label: 'Undo', run: () => void undo(eventId) } });
      } catch (error) {
        toasts.show((error as Error).message, { tone: 'error' });
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

  const value = useMemo(() => ({ move, undoLast }), [move, undoLast]);
  return <BidMovesContext.Provider value={value}>{children}</BidMovesContext.Provider>;
}

export function useBidMoves(): BidMoves {
  const moves = useContext(BidMovesContext);
  if (!moves) throw new Error('useBidMoves must be used inside <BidMovesProvider>');
  return moves;
}
