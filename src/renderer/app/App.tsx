import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bid } from '../../shared/schemas';
import { BidDetailPanel } from '../features/bid-detail/BidDetailPanel';
import { BidFormDialog } from '../features/bid-form/BidFormDialog';
import { Board } from '../features/board/Board';
import { BidMovesProvider, useBidMoves } from '../features/board/bid-moves';
import { useBoard } from '../features/board/board-queries';
import { ConnectionBanner } from '../features/connection/ConnectionBanner';
import { FilterBar } from '../features/filters/FilterBar';
import { useFiltersInAddress } from '../features/filters/filters-in-address';
import { EmptyState } from '../features/onboarding/EmptyState';
import { ToastProvider } from '../features/toasts/toasts';
import { isTypingTarget } from './keyboard';

type FormState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; bid: Bid };

export function App() {
  return (
    <ToastProvider>
      <BidMovesProvider>
        <Pipeline />
      </BidMovesProvider>
    </ToastProvider>
  );
}

function Pipeline() {
  const [filters, setFilters] = useFiltersInAddress();
  const [openBidId, setOpenBidId] = useState<number | null>(null);
  const [form, setForm] = useState<FormState>({ mode: 'closed' });
  const searchRef = useRef<HTMLInputElement>(null);
  const board = useBoard(filters);
  const { undoLast } = useBidMoves();
  const openCreate = useCallback(() => setForm({ mode: 'create' }), []);

  // App-wide shortcuts, except while the user is typing or a dialog is open.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const command = event.ctrlKey || event.metaKey;
      if (command && !event.shiftKey && event.key.toLowerCase() === 'z') undoLast();
      else if (!command && !event.altKey && event.key === 'n') openCreate();
      else if (!command && !event.altKey && event.key === '/') searchRef.current?.focus();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undoLast, openCreate]);

  const data = board.data;
  return (
    <div className={`app${openBidId !== null ? ' app-with-detail' : ''}`}>
      <header className="app-header">
        <h1>Stint</h1>
        <FilterBar filters={filters} onChange={setFilters} searchRef={searchRef} />
        <button type="button" className="primary" onClick={openCreate}>
          New bid
        </button>
      </header>
      <main className="app-main" aria-busy={board.isFetching}>
        <ConnectionBanner />
        {board.isError && (
          <p className="form-error" role="alert">
            {(board.error as Error).message}
          </p>
        )}
        {data && !data.hasAnyBids && <EmptyState onAddBid={openCreate} />}
        {data?.hasAnyBids && data.totalMatching === 0 && (
          <p className="no-match" role="status">
            No bids match these filters.{' '}
            <button type="button" className="link" onClick={() => setFilters({})}>
              Clear filters
            </button>
          </p>
        )}
        {data?.hasAnyBids && <Board board={data} filters={filters} boardVersion={board.dataUpdatedAt} onOpen={setOpenBidId} />}
      </main>
      {openBidId !== null && (
        <BidDetailPanel id={openBidId} onClose={() => setOpenBidId(null)} onEdit={(bid) => setForm({ mode: 'edit', bid })} />
      )}
      <footer className="app-footer">
        <p id="board-keys" className="key-hint muted">
          Keys: <kbd>↑</kbd> <kbd>↓</kbd> <kbd>←</kbd> <kbd>→</kbd> move between cards · <kbd>Shift</kbd>+<kbd>←</kbd>/<kbd>→</kbd> move a bid to
          the previous or next stage · <kbd>M</kbd> move to… · <kbd>Enter</kbd> open · <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo a move ·{' '}
          <kbd>N</kbd> new bid · <kbd>/</kbd> search
        </p>
      </footer>
      {form.mode !== 'closed' && (
        <BidFormDialog
          {...(form.mode === 'edit' ? { bid: form.bid } : {})}
          onClose={() => setForm({ mode: 'closed' })}
          onSaved={() => setForm({ mode: 'closed' })}
        />
      )}
    </div>
  );
}
