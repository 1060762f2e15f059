import { useState, type FormEvent } from 'react';
import { INTERVIEW_FORMAT_LABELS, INTERVIEW_FORMATS } from '../../../shared/domain';
import { ApiError, fieldErrorsFrom } from '../../../shared/errors';
import { createInterviewSchema, LIMITS, updateInterviewSchema, type Interview } from '../../../shared/schemas';
import { safeParseInput } from '../../../shared/validation-messages';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { EnumOptions } from '../../components/EnumOptions';
import { ChecklistEditor } from '../bid-form/ChecklistEditor';
import { Field } from '../bid-form/Field';
import { hasUnsavedChanges } from '../bid-form/form-changes';
import { useToasts } from '../toasts/toasts';
import {
  addInterviewer,
  newInterviewValues,
  toCreateInput,
  toFormErrors,
  toUpdateInput,
  valuesFromInterview,
  type InterviewFormField,
  type InterviewFormValues,
} from './form-values';
import { INTERVIEW_GONE, useRefreshAfterInterviewChange } from './interview-queries';
import { InterviewersField } from './InterviewersField';
import { TimeZoneOptions } from './TimeZoneOptions';
import '../bid-form/bid-form.css';

interface InterviewFormDialogProps {
  bidId: number;
  /** The interview to edit; none to add one. */
  interview?: Interview;
  /** The bid's interviews, to number a new one's round. */
  existing: readonly Interview[];
  onClose: () => void;
}

type FormErrors = Partial<Record<InterviewFormField | 'form', string>>;

const PREP_WORDING = { title: 'Preparation', done: 'done', placeholder: 'Add something to prepare' };

export function InterviewFormDialog({ bidId, interview, existing, onClose }: InterviewFormDialogProps) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshAfterInterviewChange(bidId);
  const [opened] = useState<InterviewFormValues>(() => (interview ? valuesFromInterview(interview) : newInterviewValues(existing, new Date())));
  const [values, setValues] = useState(opened);
  const [interviewerDraft, setInterviewerDraft] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [saving, setSaving] = useState(false);
  const [askingToDiscard, setAskingToDiscard] = useState(false);

  const requestClose = () => {
    if (hasUnsavedChanges(opened, values) || interviewerDraft.trim()) setAskingToDiscard(true);
    else onClose();
  };
  const set = <K extends InterviewFormField>(field: K, value: InterviewFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _cleared, form: _form, ...rest }) => rest);
  };
  const text = (field: 'round' | 'date' | 'time' | 'timeZone' | 'questions' | 'notes') => ({
    value: values[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
  });
  const showErrors = (next: FormErrors) => {
    setErrors(next);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.interview-form [aria-invalid="true"]')?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const complete = { ...values, interviewers: addInterviewer(values.interviewers, interviewerDraft) };
    const checked = interview
      ? safeParseInput(updateInterviewSchema, toUpdateInput(interview.id, complete))
      : safeParseInput(createInterviewSchema, toCreateInput(bidId, complete));
    if (!checked.success) {
      showErrors({ form: 'Please correct the highlighted fields.', ...toFormErrors(fieldErrorsFrom(checked.error)) });
      return;
    }
    setSaving(true);
    try {
      const saved = interview ? await api.updateInterview(toUpdateInput(interview.id, complete)) : await api.createInterview(toCreateInput(bidId, complete));
      await refresh();
      toasts.show(interview ? `Saved round ${saved.round}.` : `Added round ${saved.round}.`);
      onClose();
    } catch (error) {
      const fields = error instanceof ApiError && error.fields ? toFormErrors(error.fields) : {};
      showErrors({ form: failureMessage(error, INTERVIEW_GONE), ...fields });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title={interview ? `Edit round ${interview.round}` : 'New interview'} onClose={requestClose} size="large">
      <form className="bid-form interview-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="dialog-body">
          {errors.form && (
            <p className="form-error" role="alert">
              {errors.form}
            </p>
          )}
          <fieldset>
            <legend>When and how</legend>
            <div className="field-grid">
              <Field label="Date" error={errors.date}>
                <input type="date" {...text('date')} data-autofocus />
              </Field>
              <Field label="Time" error={errors.time}>
                <input type="time" {...text('time')} />
              </Field>
              <Field label="Time zone" error={errors.timeZone} hint="The zone of the time above">
                <input {...text('timeZone')} list="interview-time-zones" autoComplete="off" />
              </Field>
              <TimeZoneOptions id="interview-time-zones" />
              <Field label="Format" error={errors.format}>
                <select value={values.format} onChange={(event) => set('format', event.target.value as InterviewFormValues['format'])}>
                  <EnumOptions values={INTERVIEW_FORMATS} labels={INTERVIEW_FORMAT_LABELS} />
                </select>
              </Field>
              <Field label="Round" error={errors.round}>
                <input {...text('round')} inputMode="numeric" />
              </Field>
              <InterviewersField
                value={values.interviewers}
                onChange={(people) => set('interviewers', people)}
                draft={interviewerDraft}
                onDraftChange={setInterviewerDraft}
                error={errors.interviewers}
              />
            </div>
          </fieldset>
          <fieldset>
            <legend>Preparing and afterwards</legend>
            <div className="field-grid">
              <ChecklistEditor items={values.prepChecklist} onChange={(items) => set('prepChecklist', items)} error={errors.prepChecklist} wording={PREP_WORDING} />
              <Field label="Questions they asked" error={errors.questions} wide count={{ length: values.questions.length, max: LIMITS.notesChars }}>
                <textarea {...text('questions')} rows={3} />
              </Field>
              <Field label="Notes" error={errors.notes} wide count={{ length: values.notes.length, max: LIMITS.notesChars }}>
                <textarea {...text('notes')} rows={3} />
              </Field>
            </div>
          </fieldset>
        </div>
        <FormActions onCancel={requestClose} submitLabel={interview ? 'Save changes' : 'Add interview'} saving={saving} />
      </form>
      {askingToDiscard && (
        <ConfirmDialog
          title={interview ? 'Discard your changes?' : 'Discard this interview?'}
          confirmLabel="Discard"
          cancelLabel="Keep editing"
          onConfirm={onClose}
          onCancel={() => setAskingToDiscard(false)}
        >
          <p>{interview ? `Your changes to round ${interview.round} have not been saved.` : 'This interview has not been added.'}</p>
        </ConfirmDialog>
      )}
    </Dialog>
  );
}
