import { useState, type FormEvent } from 'react';
import { FEEDBACK_RATING_LABELS } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import { LIMITS, type Interview } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { calendarDateOf } from '../../app/dates';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { Field } from '../bid-form/Field';
import { NamePicker } from '../bid-form/NamePicker';
import { useToasts } from '../toasts/toasts';
import { interviewHeading } from './interview-heading';
import { INTERVIEW_GONE, useRefreshAfterInterviewChange } from './interview-queries';
import { RatingField } from './RatingField';

interface FeedbackDialogProps {
  interview: Interview;
  /** Who feedback usually comes through: the bid's recruiter, offered when none was recorded yet. */
  usualSource: string;
  onClose: () => void;
}

type FeedbackErrors = Partial<Record<'rating' | 'text' | 'from' | 'receivedOn' | 'form', string>>;

/** What came back from them, recorded apart from the user's own view. */
export function FeedbackDialog({ interview, usualSource, onClose }: FeedbackDialogProps) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshAfterInterviewChange(interview.bidId);
  const recorded = interview.feedback;
  const [rating, setRating] = useState<number | null>(recorded?.rating ?? null);
  const [text, setText] = useState(recorded?.text ?? '');
  const [from, setFrom] = useState(recorded ? (recorded.from?.name ?? '') : usualSource);
  // Read once: the day the dialog opened is "today" for its default and its limit.
  const [today] = useState(() => calendarDateOf(Date.now()));
  const [receivedOn, setReceivedOn] = useState(recorded?.receivedOn ?? today);
  const [errors, setErrors] = useState<FeedbackErrors>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (rating === null) {
      setErrors({ rating: 'Pick how positive it was, from 1 (negative) to 5 (very positive)' });
      return;
    }
    setSaving(true);
    try {
      const name = from.trim();
      // The same person as recorded keeps their id; a name typed in is matched to a contact or becomes one.
      const fromRef = !name ? null : recorded?.from && recorded.from.name === name ? { id: recorded.from.id } : { name };
      await api.recordFeedback({ interviewId: interview.id, rating, text, from: fromRef, receivedOn });
      await refresh();
      toasts.show(`Saved the feedback on round ${interview.round}.`);
      onClose();
    } catch (error) {
      const fields = error instanceof ApiError && error.fields ? error.fields : {};
      setErrors({ form: failureMessage(error, INTERVIEW_GONE), ...fields });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title="Feedback received" onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div className="dialog-body interview-dialog-body">
          {errors.form && (
            <p className="form-error" role="alert">
              {errors.form}
            </p>
          )}
          <p className="muted">{interviewHeading(interview)}</p>
          <RatingField
            legend="How positive was it?"
            labels={FEEDBACK_RATING_LABELS}
            value={rating}
            onChange={(next) => {
              setRating(next);
              setErrors({});
            }}
            error={errors.rating}
          />
          <Field label="What they said" error={errors.text} count={{ length: text.length, max: LIMITS.notesChars }}>
            <textarea value={text} rows={4} onChange={(event) => setText(event.target.value)} />
          </Field>
          <div className="field-grid">
            <Field label="From" hint="Leave empty if you do not know" error={errors.from}>
              <NamePicker value={from} onChange={setFrom} source="contacts" />
            </Field>
            <Field label="Received on" error={errors.receivedOn}>
              <input type="date" value={receivedOn} min={interview.date} max={today} onChange={(event) => setReceivedOn(event.target.value)} />
            </Field>
          </div>
        </div>
        <FormActions onCancel={onClose} submitLabel="Save feedback" saving={saving} />
      </form>
    </Dialog>
  );
}
