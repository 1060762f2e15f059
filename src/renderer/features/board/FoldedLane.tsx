import { useDroppable } from '@dnd-kit/core';
import { STAGE_LABELS } from '../../../shared/domain';
import type { BoardColumn } from '../../../shared/schemas';

/** A closed stage kept out of the way: its name and count, still a drop target, unfolded on demand. */
export function FoldedLane({ column, onExpand }: { column: BoardColumn; onExpand: () => void }) {
  const { setNodeRef, isOver } = useDroppable({ id: `lane:${column.stage}`, data: { stage: column.stage } });
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={`folded-lane${isOver ? ' lane-over' : ''}`}
      aria-expanded={false}
      onClick={onExpand}
    >
      <span className="folded-lane-name">{STAGE_LABELS[column.stage]}</span>
      <span className="lane-count">{column.count}</span>
    </button>
  );
}
