import { useState } from 'react';
import { REASON_CONTROL_LABELS, STAGE_LABELS } from '../../../shared/domain';
import type { Outcome } from '../../../shared/schemas';
import { formatCalendarDate } from '../../app/dates';
import { LongText } from '../bid-detail/LongText';
import { useToasts } from '../toasts/toasts';
import { OutcomeDialog } from './OutcomeDialog';
import { useBidOutcome } from './outcome-queries';
import './outcomes.css';

/**
 * In the bid's panel, for a bid closed as Rejected, Role pulled or No response: what was recorded about it, or
 * a way to record it when the dialog was skipped.
 */
export function OutcomeSection({ bidId, bidTitle }: { bidId: number; bidTitle: string }) {
  const toasts = useToasts();
  const bidOutcome = useBidOutcome(bidId).data;
  const [editing, setEditing] = useState(false);
  const closing = bidOutcome?.closing;
  if (!closing) return null;
  const { outcome, earlier } = bidOutcome;
  if (!outcome && !closing.current && earlier.length === 0) return null;

  return (
    <section aria-label="What happened" className="outcome-section">
      <h3>What happened</h3>
      {outcome ? (
        <OutcomeSummary outcome={outcome} />
      ) : (
        <p className="muted">Nothing recorded yet. Noting the reasons and any feedback now is how patterns show up later.</p>
      )}
      {closing.current ? (
        <button type="button" onClick={() => setEditing(true)}>
          {outcome ? 'Edit what happened' : 'Record what happened'}
        </button>
      ) : (
        <p className="muted">Recorded when it closed as {STAGE_LABELS[outcome?.closedAs ?? closing.closedAs]}; the bid has moved on since.</p>
      )}
      {earlier.length > 0 && (
        <details className="outcome-earlier">
          <summary>{earlier.length === 1 ? 'An earlier closing' : `${earlier.length} earlier closings`}</summary>
          {earlier.map((before) => (
            <section key={before.id} aria-label={`Closed as ${STAGE_LABELS[before.closedAs]} on ${formatCalendarDate(before.closedOn)}`}>
              <h4>
                Closed as {STAGE_LABELS[before.closedAs]} on {formatCalendarDate(before.closedOn)}
              </h4>
              <OutcomeSummary outcome={before} />
            </section>
          ))}
        </details>
      )}
      {editing && (
        <OutcomeDialog
          bidId={bidId}
          bidTitle={bidTitle}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            toasts.show(`Saved what happened with “${bidTitle}”.`);
          }}
        />
      )}
    </section>
  );
}

function OutcomeSummary({ outcome }: { outcome: Outcome }) {
  const feedbackDates = [
    outcome.feedbackRequestedOn && `requested ${formatCalendarDate(outcome.feedbackRequestedOn)}`,
    outcome.feedbackReceivedOn && `received ${formatCalendarDate(outcome.feedbackReceivedOn)}`,
    outcome.feedbackFrom && `from ${outcome.feedbackFrom.name}`,
  ].filter(Boolean);
  return (
    <>
      {outcome.reasons.length > 0 ? (
        <ul className="outcome-reasons" aria-label="Reasons">
          {outcome.reasons.map((reason) => (
            <li key={reason.id}>
              {reason.label}
              <span className="muted"> · {REASON_CONTROL_LABELS[reason.control].toLowerCase()}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No reasons ticked.</p>
      )}
      <dl className="facts">
        <div className="fact">
          <dt>Stage reached</dt>
          <dd>{STAGE_LABELS[outcome.stageReached]}</dd>
        </div>
        <div className="fact">
          <dt>Closed on</dt>
          <dd>{formatCalendarDate(outcome.closedOn)}</dd>
        </div>
        <div className="fact">
          <dt>Feedback</dt>
          <dd>{feedbackDates.length > 0 ? feedbackDates.join(', ') : <span className="muted">—</span>}</dd>
        </div>
        <div className="fact">
          <dt>Follow-up</dt>
          <dd>{[outcome.thankYouSent ? 'Thank-you sent' : 'No thank-you yet', outcome.doorLeftOpen ? 'door left open' : null].filter(Boolean).join(', ')}</dd>
        </div>
      </dl>
      {outcome.feedbackText && (
        <blockquote className="outcome-feedback" aria-label="Feedback as given">
          <LongText text={outcome.feedbackText} />
        </blockquote>
      )}
      {outcome.lesson && (
        <p>
          <strong>Lesson:</strong> {outcome.lesson}
        </p>
      )}
    </>
  );
}
