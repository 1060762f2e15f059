import { useState, type FormEvent } from 'react';
import { COMMON_CURRENCIES, RATE_UNIT_LABELS, RATE_UNITS, type RateUnit } from '../../../shared/domain';
import { ApiError, fieldErrorsFrom } from '../../../shared/errors';
import { saveContractSchema, type Bid, type Contract } from '../../../shared/schemas';
import { safeParseInput } from '../../../shared/validation-messages';
import { bidIsGone, failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { EnumOptions } from '../../components/EnumOptions';
import { Field } from '../bid-form/Field';
import { useToasts } from '../toasts/toasts';
import { checkContractForm, contractFormErrors, contractFormValues, type ContractFormErrors, type ContractFormField } from './contract-form';
import { useRefreshContract } from './contract-queries';

interface ContractFormDialogProps {
  bid: Bid;
  contract: Contract | null;
  onClose: () => void;
}

function coreCheck(input: unknown): Record<string, string> {
  const parsed = safeParseInput(saveContractSchema, input);
  return parsed.success ? {} : fieldErrorsFrom(parsed.error);
}

/** Records a won bid's contract, or edits it: its dates and the rate agreed (which may differ from the one bid). */
export function ContractFormDialog({ bid, contract, onClose }: ContractFormDialogProps) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshContract(bid.id);
  const [values, setValues] = useState(() => contractFormValues(bid, contract));
  const [errors, setErrors] = useState<ContractFormErrors>({});
  const [saving, setSaving] = useState(false);

  const field = (name: ContractFormField) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => {
      setValues((current) => ({ ...current, [name]: event.target.value }));
      setErrors(({ [name]: _cleared, ...rest }) => rest);
    },
  });

  const showErrors = (next: ContractFormErrors) => {
    setErrors(next);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.contract-form [aria-invalid="true"]')?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { input, errors: found } = checkContractForm(bid.id, values, coreCheck);
    if (!input) return showErrors(found);
    setSaving(true);
    try {
      await api.saveContract(input);
      await refresh();
      toasts.show(contract ? `Saved the contract for “${bid.title}”.` : `Recorded the contract for “${bid.title}”.`);
      onClose();
    } catch (error) {
      const fields = error instanceof ApiError && error.fields ? contractFormErrors(error.fields) : {};
      showErrors({ form: failureMessage(error, bidIsGone(`“${bid.title}”`)), ...fields });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title={contract ? 'Edit contract' : 'Record contract'} onClose={onClose}>
      <form className="contract-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="dialog-body field-grid">
          {errors.form && (
            <p className="form-error field-wide" role="alert">
              {errors.form}
            </p>
          )}
          <Field label="Start" error={errors.startOn}>
            <input type="date" {...field('startOn')} data-autofocus />
          </Field>
          <Field label="Planned end" error={errors.plannedEndOn} hint={contract ? 'A moved end is kept in the history' : undefined}>
            <input type="date" {...field('plannedEndOn')} />
          </Field>
          <Field label="Actual end" error={errors.actualEndOn} hint="Once it has ended, early or on time">
            <input type="date" {...field('actualEndOn')} />
          </Field>
          <Field label="Agreed rate" error={errors.rateAmount} hint="Leave empty if not agreed yet">
            <input {...field('rateAmount')} inputMode="decimal" />
          </Field>
          <Field label="Currency" error={errors.rateCurrency}>
            <input {...field('rateCurrency')} list="contract-currencies" maxLength={3} />
          </Field>
          <datalist id="contract-currencies">
            {COMMON_CURRENCIES.map((currency) => (
              <option key={currency} value={currency} />
            ))}
          </datalist>
          <Field label="Rate unit" error={errors.rateUnit}>
            <select value={values.rateUnit} onChange={(event) => setValues((current) => ({ ...current, rateUnit: event.target.value as RateUnit }))}>
              <EnumOptions values={RATE_UNITS} labels={RATE_UNIT_LABELS} />
            </select>
          </Field>
        </div>
        <FormActions onCancel={onClose} submitLabel={contract ? 'Save contract' : 'Record contract'} saving={saving} />
      </form>
    </Dialog>
  );
}
