import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef } from 'react';
import { STAGE_LABELS, type Stage } from '../../../shared/domain';
import type { BidCard, BoardColumn, BoardFilters } from '../../../shared/schemas';
import { BidCardItem } from './BidCardItem';
import { useLaneCards } from './board-queries';

interface BoardLaneProps {
  column: BoardColumn;
  filters: BoardFilters;
  boardVersion: number;
  onOpen: (id: number) => void;
  onMove: (card: BidCard, to: Stage, viaKeyboard: boolean) => void;
  focusRequest: FocusRequest | null;
  onFocusTaken: () => void;
  /** Closed lanes can fold away; open lanes cannot. */
  onCollapse?: () => void;
}

const ESTIMATED_CARD_HEIGHT = 118;

/** A card that should take the focus once it shows in the given lane: the one with this id, or the lane's first. */
export interface FocusRequest {
  id?: number;
  stage: Stage;
}

function wantsFocus(request: FocusRequest | null, stage: Stage, card: BidCard, index: number): boolean {
  if (request?.stage !== stage) return false;
  return request.id === undefined ? index === 0 : request.id === card.id;
}

/** One stage's lane: a drop target whose cards are virtualised and fetched page by page as it scrolls. */
export function BoardLane({ column, filters, boardVersion, onOpen, onMove, focusRequest, onFocusTaken, onCollapse }: BoardLaneProps) {
  const headingId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { setNodeRef, isOver } = useDroppable({ id: `lane:${column.stage}`, data: { stage: column.stage } });
  const { cards, query } = useLaneCards(column, filters, boardVersion);
  const virtualizer = useVirtualizer({
    count: column.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    overscan: 6,
    getItemKey: (index) => cards[index]?.id ?? `pending-${index}`,
  });
  const items = virtualizer.getVirtualItems();
  const lastVisible = items[items.length - 1]?.index ?? -1;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;

  useEffect(() => {
    if (lastVisible >= cards.length - 1 && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [lastVisible, cards.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <section
      ref={setNodeRef}
      // A lane without bids takes less room, so that more lanes with bids fit on the screen.
      className={`lane${column.count === 0 ? ' lane-compact' : ''}${isOver ? ' lane-over' : ''}`}
      aria-labelledby={headingId}
      data-lane={column.stage}
    >
      <header className="lane-header">
        <h2 id={headingId}>
          {STAGE_LABELS[column.stage]} <span className="lane-count">{column.count}</span>
        </h2>
        {onCollapse && (
          <button type="button" className="link" onClick={onCollapse} aria-label={`Fold the ${STAGE_LABELS[column.stage]} lane`}>
            Fold
          </button>
        )}
      </header>
      <div ref={scrollRef} className="lane-scroll" tabIndex={-1}>
        {column.count === 0 ? (
          <p className="visually-hidden">No bids here.</p>
        ) : (
          <ul className="lane-list" role="list" aria-labelledby={headingId} style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const card = cards[item.index];
              return (
                <li
                  key={item.key}
                  data-lane-item
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="lane-item"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {card ? (
                    <BidCardItem card={card} onOpen={onOpen} onMove={onMove} takeFocus={wantsFocus(focusRequest, column.stage, card, item.index)} onFocusTaken={onFocusTaken} />
                  ) : (
                    <div className="card card-pending" aria-hidden="true" />
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
