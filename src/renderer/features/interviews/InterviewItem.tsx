import { useId } from 'react';
import { FEEDBACK_RATING_LABELS, SELF_RATING_LABELS, type Rating } from '../../../shared/domain';
import type { Interview } from '../../../shared/schemas';
import { formatCalendarDate, formatZonedInstant } from '../../app/dates';
import { LongText } from '../bid-detail/LongText';
import { calibrationSummary } from './calibration';
import { interviewHeading } from './interview-heading';

export interface InterviewActions {
  onAssess: (interview: Interview) => void;
  onFeedback: (interview: Interview) => void;
  onEdit: (interview: Interview) => void;
  onDelete: (interview: Interview) => void;
}

/** A button that cannot be used yet, saying why in words every user reads (a disabled button's title is not). */
function NotYet({ label, why }: { label: string; why: string }) {
  const whyId = useId();
  return (
    <span className="not-yet">
      <button type="button" disabled aria-describedby={whyId}>
        {label}
      </button>
      <span id={whyId} className="muted">
        {why}
      </span>
    </span>
  );
}

/** One interview in the bid's panel: when, with whom, the user's view, theirs, and how far apart they are. */
export function InterviewItem({ interview, actions }: { interview: Interview; actions: InterviewActions }) {
  const { selfAssessment, feedback } = interview;
  const calibration = calibrationSummary(interview);
  const prepDone = interview.prepChecklist.filter((item) => item.done).length;
  const startsOn = formatZonedInstant(interview.startsAt, interview.timeZone);
  return (
    <li className="interview">
      <h4>{interviewHeading(interview)}</h4>
      <p>{interview.interviewers.length > 0 ? `With ${interview.interviewers.map((person) => person.name).join(', ')}` : <span className="muted">No interviewers noted</span>}</p>
      {interview.prepChecklist.length > 0 && (
        <p className="muted">
          Preparation: {prepDone} of {interview.prepChecklist.length} done
        </p>
      )}
      <div className="interview-views">
        <div className="interview-view">
          <h5>Your view</h5>
          {selfAssessment ? (
            <>
              <p>
                {selfAssessment.rating} of 5 — {SELF_RATING_LABELS[selfAssessment.rating as Rating]}
              </p>
              {selfAssessment.note && <LongText text={selfAssessment.note} />}
              <button type="button" className="link" onClick={() => actions.onAssess(interview)}>
                Change your rating
              </button>
            </>
          ) : interview.hasTakenPlace ? (
            <button type="button" className="primary" onClick={() => actions.onAssess(interview)}>
              How did it go?
            </button>
          ) : (
            <NotYet label="How did it go?" why={`You can rate it once it has started, on ${startsOn}.`} />
          )}
        </div>
        <div className="interview-view">
          <h5>Their feedback</h5>
          {feedback ? (
            <>
              <p>
                {feedback.rating} of 5 — {FEEDBACK_RATING_LABELS[feedback.rating as Rating]}
                <span className="muted">
                  {feedback.from ? `, from ${feedback.from.name}` : ''}, received {formatCalendarDate(feedback.receivedOn)}
                </span>
              </p>
              {feedback.text && <LongText text={feedback.text} />}
              <button type="button" className="link" onClick={() => actions.onFeedback(interview)}>
                Edit feedback
              </button>
            </>
          ) : interview.hasTakenPlace ? (
            <button type="button" onClick={() => actions.onFeedback(interview)}>
              Record feedback
            </button>
          ) : (
            <NotYet label="Record feedback" why="Once it has taken place." />
          )}
        </div>
      </div>
      {calibration && (
        <p className={`calibration${calibration.flagged ? ' calibration-flagged' : ''}`}>
          {calibration.flagged && <span aria-hidden="true">⚑ </span>}
          {calibration.text}
          {calibration.flagged && <strong> — your view and theirs differ: worth a look</strong>}
          {interview.selfBeforeFeedback === false && <span className="muted"> (your rating was saved after their feedback)</span>}
        </p>
      )}
      {interview.questions && (
        <>
          <h5>Questions they asked</h5>
          <LongText text={interview.questions} />
        </>
      )}
      {interview.notes && (
        <>
          <h5>Notes</h5>
          <LongText text={interview.notes} />
        </>
      )}
      <div className="interview-actions">
        <button type="button" onClick={() => actions.onEdit(interview)} aria-label={`Edit round ${interview.round}`}>
          Edit
        </button>
        <button type="button" className="danger" onClick={() => actions.onDelete(interview)} aria-label={`Delete round ${interview.round}…`}>
          Delete…
        </button>
      </div>
    </li>
  );
}
