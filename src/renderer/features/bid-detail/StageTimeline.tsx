import { STAGE_LABELS } from '../../../shared/domain';
import type { StageEvent } from '../../../shared/schemas';
import { formatInstant } from '../../app/dates';

/** The bid's stage history, oldest first, as the user lived it. */
export function StageTimeline({ events }: { events: StageEvent[] }) {
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.id}>
          <span className="timeline-what">
            {event.from === null ? `Added in ${STAGE_LABELS[event.to]}` : `${STAGE_LABELS[event.from]} → ${STAGE_LABELS[event.to]}`}
          </span>
          <time dateTime={new Date(event.at).toISOString()} className="muted">
            {formatInstant(event.at)}
          </time>
          {event.note && <p className="timeline-note">{event.note}</p>}
        </li>
      ))}
    </ol>
  );
}
