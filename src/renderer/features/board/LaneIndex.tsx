import { isClosedStage, STAGE_LABELS, type Stage } from '../../../shared/domain';
import type { BoardColumn } from '../../../shared/schemas';

interface LaneIndexProps {
  columns: BoardColumn[];
  onGoTo: (stage: Stage) => void;
}

/**
 * Every stage's name and count in one line above the lanes, so that no lane is out of sight at any window width:
 * a click (or Enter) brings that lane into view, unfolding a closed one.
 */
export function LaneIndex({ columns, onGoTo }: LaneIndexProps) {
  return (
    <nav className="lane-index" aria-label="Stages">
      <ul>
        {columns.map((column) => (
          <li key={column.stage} className={isClosedStage(column.stage) ? 'lane-index-closed' : undefined}>
            <button
              type="button"
              className={column.count === 0 ? 'lane-index-empty' : undefined}
              onClick={() => onGoTo(column.stage)}
              aria-label={`${STAGE_LABELS[column.stage]}: ${column.count} ${column.count === 1 ? 'bid' : 'bids'}`}
            >
              {STAGE_LABELS[column.stage]} <span className="lane-count">{column.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
