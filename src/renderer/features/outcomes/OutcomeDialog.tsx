import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { STAGE_LABELS } from '../../../shared/domain';
import { ApiError, fieldErrorsFrom } from '../../../shared/errors';
import { saveOutcomeSchema, type BidOutcome, type ReasonList } from '../../../shared/schemas';
import { safeParseInput } from '../../../shared/validation-messages';
import { bidIsGone, failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { formFieldOf, hasChanges, outcomeFormValues, toSaveInput, type OutcomeField, type OutcomeFormValues } from './outcome-form';
import { useFreshBidOutcome, useRejectionReasons } from './outcome-queries';
import { OutcomeFields } from './OutcomeFields';
import '../bid-form/bid-form.css';
import './outcomes.css';

interface OutcomeDialogProps {
  bidId: number;
  bidTitle: string;
  /** "Later" (or Escape) closes it without saving; the bid's panel offers it again. */
  onClose: () => void;
  onSaved: () => void;
}

/** What happened when a bid closed as Rejected, Role pulled or No response: short, and can be left for later. */
export function OutcomeDialog({ bidId, bidTitle, onClose, onSaved }: OutcomeDialogProps) {
  const outcome = useFreshBidOutcome(bidId);
  const reasons = useRejectionReasons();
  const closing = outcome.data?.closing;
  const title = `What happened with “${bidTitle}”?`;

  if (outcome.error || reasons.error || (outcome.data && !closing?.current)) {
    const problem = outcome.error ?? reasons.error;
    return (
      <Dialog title={title} onClose={onClose}>
        <p className="dialog-body">
          {problem ? failureMessage(problem, bidIsGone(`“${bidTitle}”`)) : 'This bid is no longer closed by that move, so there is nothing to record for it.'}
        </p>
        <div className="dialog-actions">
          <button type="button" data-autofocus onClick={onClose}>
            Close
          </button>
        </div>
      </Dialog>
    );
  }
  if (!outcome.data || !closing || !reasons.data) {
    return (
      <Dialog title={title} onClose={onClose}>
        <p className="dialog-body muted" role="status">
          Loading…
        </p>
      </Dialog>
    );
  }
  return <OutcomeForm bidId={bidId} title={title} bidOutcome={outcome.data} closing={closing} reasons={reasons.data} onClose={onClose} onSaved={onSaved} />;
}

interface OutcomeFormProps {
  bidId: number;
  title: string;
  bidOutcome: BidOutcome;
  closing: NonNullable<BidOutcome['closing']>;
  reasons: ReasonList;
  onClose: () => void;
  onSaved: () => void;
}

type FormErrors = Partial<Record<OutcomeField | 'form', string>>;

function OutcomeForm({ bidId, title, bidOutcome, closing, reasons, onClose, onSaved }: OutcomeFormProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [opened] = useState(() => outcomeFormValues(closing, bidOutcome.outcome));
  const [values, setValues] = useState<OutcomeFormValues>(opened);
  const [errors, setErrors] = useState<FormErrors>({});
  const [saving, setSaving] = useState(false);
  const [askingToDiscard, setAskingToDiscard] = useState(false);

  const change = <K extends OutcomeField>(field: K, value: OutcomeFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _cleared, form: _form, ...rest }) => rest);
  };

  const showErrors = (fields: Record<string, string>, form: string) => {
    const next: FormErrors = { form };
    for (const [path, message] of Object.entries(fields)) next[formFieldOf(path)] ??= message;
    setErrors(next);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.outcome-form [aria-invalid="true"]')?.focus());
  };

  const requestClose = () => (hasChanges(opened, values) ? setAskingToDiscard(true) : onClose());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = safeParseInput(saveOutcomeSchema, toSaveInput(bidId, closing.eventId, values, bidOutcome.outcome));
    if (!checked.success) {
      showErrors(fieldErrorsFrom(checked.error), 'Please correct the highlighted fields.');
      return;
    }
    setSaving(true);
    try {
      const saved = await api.saveOutcome(checked.data);
      queryClient.setQueryData(queryKeys.outcome(bidId), saved);
      onSaved();
    } catch (error) {
      // The core's own words say which it was: the bid deleted, or the closing move undone meanwhile.
      showErrors(error instanceof ApiError && error.fields ? error.fields : {}, error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title={title} onClose={requestClose} size="large">
      <form className="outcome-form bid-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="dialog-body">
          <p className="outcome-intro">
            It closed as <strong>{STAGE_LABELS[closing.closedAs]}</strong>. Take stock while it is fresh, or fill this in later from the bid.
          </p>
          {errors.form && (
            <p className="form-error" role="alert">
              {errors.form}
            </p>
          )}
          <OutcomeFields values={values} reasons={reasons} errors={errors} onChange={change} />
        </div>
        <FormActions onCancel={requestClose} cancelLabel={bidOutcome.outcome ? 'Cancel' : 'Later'} submitLabel="Save" saving={saving} />
      </form>
      {askingToDiscard && (
        <ConfirmDialog title="Discard what you typed?" confirmLabel="Discard" cancelLabel="Keep editing" onConfirm={onClose} onCancel={() => setAskingToDiscard(false)}>
          <p>What you filled in about this bid has not been saved.</p>
        </ConfirmDialog>
      )}
    </Dialog>
  );
}
