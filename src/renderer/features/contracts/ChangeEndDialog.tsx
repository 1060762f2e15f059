import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../shared/errors';
import { LIMITS, type Contract } from '../../../shared/schemas';
import { bidIsGone, failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { formatCalendarDate } from '../../app/dates';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { Field } from '../bid-form/Field';
import { useToasts } from '../toasts/toasts';
import { useRefreshContract } from './contract-queries';

interface ChangeEndDialogProps {
  bidTitle: string;
  contract: Contract;
  onClose: () => void;
}

/** An extension or an end brought forward, with what was agreed: the old end stays in the contract's history. */
export function ChangeEndDialog({ bidTitle, contract, onClose }: ChangeEndDialogProps) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshContract(contract.bidId);
  const [toEndOn, setToEndOn] = useState(contract.plannedEndOn);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ toEndOn?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!toEndOn) return setErrors({ toEndOn: 'New end is required' });
    setSaving(true);
    try {
      const saved = await api.changeContractEnd({ bidId: contract.bidId, toEndOn, note });
      await refresh();
      const how = saved.plannedEndOn > contract.plannedEndOn ? 'Extended' : 'Brought forward';
      toasts.show(`${how} “${bidTitle}” to ${formatCalendarDate(saved.plannedEndOn)}.`);
      onClose();
    } catch (error) {
      const field = error instanceof ApiError ? error.fields?.toEndOn : undefined;
      setErrors(field ? { toEndOn: field } : { form: failureMessage(error, bidIsGone(`“${bidTitle}”`)) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title="Extend or shorten" onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div className="dialog-body field-grid">
          {errors.form && (
            <p className="form-error field-wide" role="alert">
              {errors.form}
            </p>
          )}
          <p className="field-wide muted">Planned to end on {formatCalendarDate(contract.plannedEndOn)}.</p>
          <Field label="New end" error={errors.toEndOn} wide>
            <input
              type="date"
              value={toEndOn}
              onChange={(event) => {
                setToEndOn(event.target.value);
                setErrors({});
              }}
              data-autofocus
            />
          </Field>
          <Field label="Note" hint="What was agreed, and with whom" wide>
            <textarea rows={3} value={note} maxLength={LIMITS.moveNoteChars} onChange={(event) => setNote(event.target.value)} />
          </Field>
        </div>
        <FormActions onCancel={onClose} submitLabel="Save new end" saving={saving} />
      </form>
    </Dialog>
  );
}
