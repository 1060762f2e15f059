import type { BoardFilters } from '../../../shared/schemas';
import { useBidPanel } from '../../app/bid-panel';
import { EmptyState } from '../onboarding/EmptyState';
import { Board } from './Board';
import { useBoard } from './board-queries';

interface BoardPageProps {
  filters: BoardFilters;
  onFiltersChange: (filters: BoardFilters) => void;
  onAddBid: () => void;
}

/** The pipeline: every lane of bids after the filters, or the first steps when there is nothing yet. */
export function BoardPage({ filters, onFiltersChange, onAddBid }: BoardPageProps) {
  const board = useBoard(filters);
  const { openBid } = useBidPanel();
  const data = board.data;
  return (
    <div className="page board-page" aria-busy={board.isFetching}>
      <h2 className="visually-hidden" tabIndex={-1} data-page-heading>
        Board
      </h2>
      {board.isError && (
        <p className="form-error" role="alert">
          {(board.error as Error).message}
        </p>
      )}
      {data && !data.hasAnyBids && <EmptyState onAddBid={onAddBid} />}
      {data?.hasAnyBids && data.totalMatching === 0 && (
        <p className="no-match" role="status">
          No bids match these filters.{' '}
          <button type="button" className="link" onClick={() => onFiltersChange({})}>
            Clear filters
          </button>
        </p>
      )}
      {data?.hasAnyBids && <Board board={data} filters={filters} boardVersion={board.dataUpdatedAt} onOpen={openBid} />}
    </div>
  );
}
