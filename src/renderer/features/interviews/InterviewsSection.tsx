import { useState } from 'react';
import type { Bid, Interview } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToasts } from '../toasts/toasts';
import { useAssessRequest } from './assess-request';
import { FeedbackDialog } from './FeedbackDialog';
import { interviewHeading } from './interview-heading';
import { INTERVIEW_GONE, useInterviews, useRefreshAfterInterviewChange } from './interview-queries';
import { InterviewFormDialog } from './InterviewFormDialog';
import { InterviewItem, type InterviewActions } from './InterviewItem';
import { SelfAssessmentDialog } from './SelfAssessmentDialog';
import './interviews.css';

type Open = { dialog: 'none' } | { dialog: 'add' } | { dialog: 'edit' | 'feedback' | 'delete'; interview: Interview };

/** The bid's interviews in its detail panel, with the prompt to rate the one that is over. */
export function InterviewsSection({ bid }: { bid: Bid }) {
  const api = useApi();
  const toasts = useToasts();
  const interviews = useInterviews(bid.id);
  const refresh = useRefreshAfterInterviewChange(bid.id);
  const assess = useAssessRequest();
  const [open, setOpen] = useState<Open>({ dialog: 'none' });
  const [deleting, setDeleting] = useState(false);
  const list = interviews.data ?? [];
  const close = () => setOpen({ dialog: 'none' });
  // The self-assessment is asked for through the address, so the card's prompt and a reload both open it.
  const assessing = list.find((interview) => interview.id === assess.interviewId);
  const toAssess = list.find((interview) => interview.id === bid.interviewToAssess);

  const actions: InterviewActions = {
    onAssess: (interview) => assess.request(bid.id, interview.id),
    onFeedback: (interview) => setOpen({ dialog: 'feedback', interview }),
    onEdit: (interview) => setOpen({ dialog: 'edit', interview }),
    onDelete: (interview) => setOpen({ dialog: 'delete', interview }),
  };

  const remove = async (interview: Interview) => {
    setDeleting(true);
    try {
      await api.deleteInterview({ interviewId: interview.id });
      await refresh();
      toasts.show(`Deleted round ${interview.round}.`);
      close();
    } catch (error) {
      toasts.show(failureMessage(error, INTERVIEW_GONE), { tone: 'error' });
    } finally {
      setDeleting(false);
    }
  };

  return (
    <section aria-label="Interviews" className="interviews">
      <div className="section-heading">
        <h3>Interviews</h3>
        <button type="button" onClick={() => setOpen({ dialog: 'add' })}>
          Add interview
        </button>
      </div>
      {toAssess && (
        <p className="interview-prompt-callout">
          <strong>How did the interview go?</strong> Take stock of round {toAssess.round} before any feedback comes in.{' '}
          <button type="button" className="primary" onClick={() => actions.onAssess(toAssess)}>
            Rate round {toAssess.round}
          </button>
        </p>
      )}
      {interviews.isError && <p className="form-error">{failureMessage(interviews.error)}</p>}
      {interviews.isSuccess && list.length === 0 && (
        <p className="muted">No interviews yet. Add one when it is booked: you get a preparation checklist, and Stint asks how it went once it is over.</p>
      )}
      {list.length > 0 && (
        <ol className="interview-list">
          {list.map((interview) => (
            <InterviewItem key={interview.id} interview={interview} actions={actions} />
          ))}
        </ol>
      )}
      {(open.dialog === 'add' || open.dialog === 'edit') && (
        <InterviewFormDialog bidId={bid.id} existing={list} {...(open.dialog === 'edit' ? { interview: open.interview } : {})} onClose={close} />
      )}
      {assessing && <SelfAssessmentDialog interview={assessing} onClose={assess.clear} />}
      {open.dialog === 'feedback' && <FeedbackDialog interview={open.interview} usualSource={bid.recruiter?.name ?? ''} onClose={close} />}
      {open.dialog === 'delete' && (
        <ConfirmDialog title="Delete this interview?" confirmLabel="Delete interview" busy={deleting} onConfirm={() => void remove(open.interview)} onCancel={close}>
          <p>{interviewHeading(open.interview)} will be deleted with its preparation, your rating and their feedback. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
