import { useState, type FormEvent } from 'react';
import { SELF_RATING_LABELS } from '../../../shared/domain';
import { LIMITS, type Interview } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { Field } from '../bid-form/Field';
import { useToasts } from '../toasts/toasts';
import { interviewHeading } from './interview-heading';
import { INTERVIEW_GONE, useRefreshAfterInterviewChange } from './interview-queries';
import { RatingField } from './RatingField';

interface SelfAssessmentDialogProps {
  interview: Interview;
  onClose: () => void;
}

/** "Take stock right after the call": how the user felt it went, saved with the time, before any feedback. */
export function SelfAssessmentDialog({ interview, onClose }: SelfAssessmentDialogProps) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshAfterInterviewChange(interview.bidId);
  const [rating, setRating] = useState<number | null>(interview.selfAssessment?.rating ?? null);
  const [note, setNote] = useState(interview.selfAssessment?.note ?? '');
  const [errors, setErrors] = useState<{ rating?: string; note?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (rating === null) {
      setErrors({ rating: 'Pick how it went, from 1 (badly) to 5 (very well)' });
      return;
    }
    setSaving(true);
    try {
      await api.recordSelfAssessment({ interviewId: interview.id, rating, note });
      await refresh();
      toasts.show(`Saved how round ${interview.round} went for you.`);
      onClose();
    } catch (error) {
      setErrors({ form: failureMessage(error, INTERVIEW_GONE) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title="How did the interview go?" onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div className="dialog-body interview-dialog-body">
          {errors.form && (
            <p className="form-error" role="alert">
              {errors.form}
            </p>
          )}
          <p className="muted">{interviewHeading(interview)}</p>
          <p className="field-hint">Take stock now, before any feedback: Stint keeps when you saved it, so you can compare your view with theirs.</p>
          {interview.feedback && (
            <p className="interview-warning">Their feedback is already in: a rating saved now is marked as given after it.</p>
          )}
          <RatingField
            legend="How did it go?"
            labels={SELF_RATING_LABELS}
            value={rating}
            onChange={(next) => {
              setRating(next);
              setErrors({});
            }}
            error={errors.rating}
          />
          <Field label="Note" hint="What went well, what you would do differently" error={errors.note} count={{ length: note.length, max: LIMITS.notesChars }}>
            <textarea value={note} rows={3} onChange={(event) => setNote(event.target.value)} />
          </Field>
        </div>
        <FormActions onCancel={onClose} submitLabel="Save self-assessment" saving={saving} />
      </form>
    </Dialog>
  );
}
