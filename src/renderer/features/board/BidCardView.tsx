import { PRIORITY_LABELS, type Priority } from '../../../shared/domain';
import type { BidCard } from '../../../shared/schemas';
import { formatDaysInStage, formatRate } from './format';

/** What a card shows; shared by the card on the board and the copy that follows the pointer while dragging. */
export function BidCardView({ card, titleId }: { card: BidCard; titleId?: string }) {
  return (
    <>
      <h3 className="card-title" id={titleId}>
        {card.title}
      </h3>
      <p className="card-orgs">
        <span>{card.clientName ?? 'Undisclosed client'}</span>
        <span className="muted"> · {card.agencyName ?? 'direct'}</span>
      </p>
      {card.rate && <p className="card-rate">{formatRate(card.rate)}</p>}
      <p className="card-meta">
        <span title="Days in this stage">{formatDaysInStage(card.daysInStage)} in stage</span>
        <PriorityBadge priority={card.priority} />
        <span className="brief-meter" title="Brief checklist completeness">
          <span className="brief-meter-bar" aria-hidden="true">
            <span style={{ width: `${card.briefCompleteness}%` }} />
          </span>
          Brief {card.briefCompleteness}%
        </span>
      </p>
    </>
  );
}

function PriorityBadge({ priority }: { priority: Priority }) {
  return <span className={`priority priority-${priority}`}>{PRIORITY_LABELS[priority]} priority</span>;
}
