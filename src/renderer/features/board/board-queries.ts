import { useInfiniteQuery, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Board, BoardColumn, BoardFilters } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';

export const PAGE_SIZE = 50;

export function useBoard(filters: BoardFilters) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.boardLanes(filters),
    queryFn: () => api.getBoard({ filters, pageSize: PAGE_SIZE }),
    placeholderData: (previous) => previous,
  });
}

/**
 * Every card of one lane loaded so far: the board's first page, then pages fetched as the user scrolls.
 * Closed lanes come without cards from the board and load their first page here.
 */
export function useLaneCards(column: BoardColumn, filters: BoardFilters, boardVersion: number) {
  const api = useApi();
  const hasFirstPage = column.cards.length > 0 || column.count === 0;
  const query = useInfiniteQuery({
    queryKey: queryKeys.boardLane(column.stage, filters, boardVersion),
    queryFn: ({ pageParam }) => api.getColumnPage({ stage: column.stage, filters, offset: pageParam, limit: PAGE_SIZE }),
    initialPageParam: 0,
    ...(hasFirstPage ? { initialData: { pages: [{ cards: column.cards, count: column.count }], pageParams: [0] } } : {}),
    getNextPageParam: (_last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.cards.length, 0);
      return loaded < column.count ? loaded : undefined;
    },
  });
  const cards = query.data?.pages.flatMap((page) => page.cards) ?? [];
  return { cards, query };
}

/**
 * Shows a change on every cached board before the database confirms it. Board fetches in flight are cancelled
 * first: their answer, from before the change, would undo it on screen.
 */
export async function updateCachedBoards(queryClient: QueryClient, update: (board: Board) => Board): Promise<void> {
  await queryClient.cancelQueries({ queryKey: queryKeys.allBoardLanes });
  queryClient.setQueriesData<Board>({ queryKey: queryKeys.allBoardLanes }, (board) => (board ? update(board) : board));
}
