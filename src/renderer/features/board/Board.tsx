import { DndContext, DragOverlay, PointerSensor, pointerWithin, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import { isClosedStage, type Stage } from '../../../shared/domain';
import type { BidCard, Board as BoardData, BoardFilters } from '../../../shared/schemas';
import { BidCardView } from './BidCardView';
import { useBidMoves } from './bid-moves';
import { dragAnnouncements, dragInstructions } from './drag-announcements';
import { BoardLane, type FocusRequest } from './BoardLane';
import { FoldedLane } from './FoldedLane';
import { LaneIndex } from './LaneIndex';
import { revealLane } from './lane-focus';
import './board.css';

interface BoardProps {
  board: BoardData;
  filters: BoardFilters;
  /** Changes whenever the board data does, so lanes drop pages fetched for an older board. */
  boardVersion: number;
  onOpen: (id: number) => void;
}

function cardOf(event: DragStartEvent | DragEndEvent): BidCard | undefined {
  return event.active.data.current?.card as BidCard | undefined;
}

/** The pipeline: a lane per open stage, closed stages folded at the end, cards moved by drag or keyboard. */
export function Board({ board, filters, boardVersion, onOpen }: BoardProps) {
  const { move } = useBidMoves();
  // After a keyboard move, focus follows the card into its new lane (and only there: the card's old copy
  // may render once more before the move shows).
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [unfolded, setUnfolded] = useState<ReadonlySet<Stage>>(new Set());
  const [dragging, setDragging] = useState<BidCard | null>(null);
  // A few pixels of travel before a drag starts, so that a click still opens the card.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const onMove = useCallback(
    (card: BidCard, to: Stage, viaKeyboard: boolean) => {
      if (viaKeyboard) setFocusRequest({ id: card.id, stage: to });
      void move(card, to);
    },
    [move],
  );
  const onFocusTaken = useCallback(() => setFocusRequest(null), []);
  const setFolded = (stage: Stage, folded: boolean) =>
    setUnfolded((current) => {
      const next = new Set(current);
      if (folded) next.delete(stage);
      else next.add(stage);
      return next;
    });
  // A lane picked in the index: a folded one unfolds first, so that there is a lane to reveal.
  // Focus goes to the lane's first card once it shows: a closed lane's cards load only when it unfolds.
  const goToLane = (stage: Stage) => {
    if (isClosedStage(stage)) flushSync(() => setFolded(stage, false));
    const hasBids = (board.columns.find((column) => column.stage === stage)?.count ?? 0) > 0;
    revealLane(stage, !hasBids);
    if (hasBids) setFocusRequest({ stage });
  };
  const isUnfolded = (stage: Stage) => unfolded.has(stage) || Boolean(filters.archived) || Boolean(filters.stages?.includes(stage));

  const lane = (column: BoardData['columns'][number], onCollapse?: () => void) => (
    <BoardLane
      key={column.stage}
      column={column}
      filters={filters}
      boardVersion={boardVersion}
      onOpen={onOpen}
      onMove={onMove}
      focusRequest={focusRequest}
      onFocusTaken={onFocusTaken}
      {...(onCollapse ? { onCollapse } : {})}
    />
  );
  const openLanes = board.columns.filter((column) => !isClosedStage(column.stage));
  const closedLanes = board.columns.filter((column) => isClosedStage(column.stage));

  return (
    <DndContext
      sensors={sensors}
      // The lane under the pointer, not the one the dragged card overlaps most: a lane without bids is a narrow
      // strip, which a wide neighbour would otherwise always outweigh.
      collisionDetection={pointerWithin}
      accessibility={{ announcements: dragAnnouncements, screenReaderInstructions: dragInstructions }}
      onDragStart={(event) => setDragging(cardOf(event) ?? null)}
      onDragCancel={() => setDragging(null)}
      onDragEnd={(event) => {
        setDragging(null);
        const card = cardOf(event);
        const to = event.over?.data.current?.stage as Stage | undefined;
        if (card && to && to !== card.stage) void move(card, to);
      }}
    >
      <div className="board-area">
        <LaneIndex columns={board.columns} onGoTo={goToLane} />
        <div className="board">
          {openLanes.map((column) => lane(column))}
          {closedLanes.length > 0 && (
            <div className="closed-lanes" role="group" aria-label="Closed bids">
              {closedLanes.map((column) =>
                isUnfolded(column.stage) ? (
                  lane(column, () => setFolded(column.stage, true))
                ) : (
                  <FoldedLane key={column.stage} column={column} onExpand={() => setFolded(column.stage, false)} />
                ),
              )}
            </div>
          )}
        </div>
      </div>
      <DragOverlay>
        {dragging && (
          <div className="card card-overlay">
            <BidCardView card={dragging} />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}
