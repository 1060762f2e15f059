import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  COMMON_CURRENCIES,
  DURATION_UNITS,
  ENGAGEMENT_LABELS,
  ENGAGEMENTS,
  IR35_LABELS,
  IR35_STATUSES,
  PRIORITIES,
  PRIORITY_LABELS,
  RATE_UNIT_LABELS,
  RATE_UNITS,
  REMOTE_MODE_LABELS,
  REMOTE_MODES,
  SOURCE_LABELS,
  SOURCES,
  STAGE_LABELS,
  STAGES,
  type Priority,
} from '../../../shared/domain';
import { ApiError, fieldErrorsFrom } from '../../../shared/errors';
import { createBidSchema, LIMITS, updateBidSchema, type Bid } from '../../../shared/schemas';
import { safeParseInput } from '../../../shared/validation-messages';
import { useApi } from '../../app/api-context';
import { EnumOptions } from '../../components/EnumOptions';
import { queryKeys } from '../../app/query-keys';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { bidIsGone, failureMessage } from '../../api/failure-message';
import { useToasts } from '../toasts/toasts';
import { ChecklistEditor } from './ChecklistEditor';
import { Field } from './Field';
import { implausibleRate } from './amount';
import { hasUnsavedChanges } from './form-changes';
import {
  checkTypedValues,
  emptyFormValues,
  formValuesFromBid,
  sourceForAgency,
  toCreateInput,
  toFormErrors,
  toUpdateInput,
  type BidFormValues,
  type FormField,
} from './form-values';
import { NamePicker } from './NamePicker';
import './bid-form.css';

interface BidFormDialogProps {
  /** The bid to edit; none to add a new one. */
  bid?: Bid;
  onClose: () => void;
  onSaved: (bid: Bid) => void;
}

type FormErrors = Partial<Record<FormField | 'form', string>>;

export function BidFormDialog({ bid, onClose, onSaved }: BidFormDialogProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const toasts = useToasts();
  const [opened] = useState<BidFormValues>(() => (bid ? formValuesFromBid(bid) : emptyFormValues()));
  const [values, setValues] = useState<BidFormValues>(opened);
  const [errors, setErrors] = useState<FormErrors>({});
  const [saving, setSaving] = useState(false);
  // While the user has not picked a source, it follows the agency field; a stored bid's source is the user's pick.
  const [sourcePicked, setSourcePicked] = useState(Boolean(bid));
  // The unusual rate the user was warned about: saving it again, unchanged, means "yes, that is right".
  const [confirmedRate, setConfirmedRate] = useState<string | null>(null);
  const [askingToDiscard, setAskingToDiscard] = useState(false);

  // Every way out that does not save comes here: a pasted brief must not vanish without a word.
  const requestClose = () => {
    if (hasUnsavedChanges(opened, values)) setAskingToDiscard(true);
    else onClose();
  };

  const set = <K extends FormField>(field: K, value: BidFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      const { [field]: _cleared, ...rest } = current;
      return rest;
    });
  };
  const text = (field: FormField) => ({
    value: values[field] as string,
    onChange: (event: { target: { value: string } }) => set(field, event.target.value as never),
  });

  const showErrors = (next: FormErrors) => {
    setErrors(next);
    // Focus the first field in error, so keyboard and screen-reader users land on the problem.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.bid-form [aria-invalid="true"]')?.focus());
  };

  const setAgency = (agency: string) => {
    set('agency', agency);
    if (!sourcePicked) setValues((current) => ({ ...current, source: sourceForAgency(agency, current.source) }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = bid ? safeParseInput(updateBidSchema, toUpdateInput(bid.id, values)) : safeParseInput(createBidSchema, toCreateInput(values));
    const typed = checkTypedValues(values, opened);
    if (!checked.success || Object.keys(typed).length > 0) {
      const schemaErrors = checked.success ? {} : toFormErrors(fieldErrorsFrom(checked.error));
      showErrors({ form: 'Please correct the highlighted fields.', ...schemaErrors, ...typed });
      return;
    }
    const rate = checked.data.rate;
    const unusual = rate && implausibleRate(rate.amount, rate.currency, rate.unit);
    const rateKey = rate && `${rate.amount} ${rate.currency} ${rate.unit}`;
    if (unusual && rateKey !== confirmedRate) {
      setConfirmedRate(rateKey);
      showErrors({ rateAmount: `${unusual} Check the amount and unit, or press “${bid ? 'Save changes' : 'Add bid'}” again to keep it.` });
      return;
    }
    setSaving(true);
    try {
      const saved = bid ? await api.updateBid(toUpdateInput(bid.id, values)) : await api.createBid(toCreateInput(values));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.board }),
        queryClient.invalidateQueries({ queryKey: queryKeys.lookups }),
        queryClient.invalidateQueries({ queryKey: queryKeys.bid(saved.id) }),
      ]);
      toasts.show(bid ? `Saved “${saved.title}”.` : `Added “${saved.title}” to ${STAGE_LABELS[saved.stage]}.`);
      onSaved(saved);
    } catch (error) {
      const fields = error instanceof ApiError && error.fields ? toFormErrors(error.fields) : {};
      showErrors({ form: failureMessage(error, bidIsGone(bid ? `“${bid.title}”` : undefined)), ...fields });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title={bid ? `Edit “${bid.title}”` : 'New bid'} onClose={requestClose} size="large">
      <form className="bid-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="dialog-body">
          {errors.form && (
            <p className="form-error" role="alert">
              {errors.form}
            </p>
          )}
          <fieldset>
            <legend>The role</legend>
            <div className="field-grid">
              <Field label="Title" error={errors.title} wide>
                <input {...text('title')} data-autofocus />
              </Field>
              <Field label="Client" error={errors.client} hint="Leave empty if the agency has not named the client">
                <NamePicker value={values.client} onChange={(value) => set('client', value)} source={{ organisations: 'client' }} />
              </Field>
              <Field label="Agency" error={errors.agency} hint="Leave empty for a direct bid">
                <NamePicker value={values.agency} onChange={setAgency} source={{ organisations: 'agency' }} />
              </Field>
              <Field label="Recruiter" error={errors.recruiter}>
                <NamePicker value={values.recruiter} onChange={(value) => set('recruiter', value)} source="contacts" />
              </Field>
              <Field label="Hiring manager" error={errors.hiringManager}>
                <NamePicker value={values.hiringManager} onChange={(value) => set('hiringManager', value)} source="contacts" />
              </Field>
              <Field label="Source" error={errors.source}>
                <select
                  value={values.source}
                  onChange={(event) => {
                    setSourcePicked(true);
                    set('source', event.target.value as BidFormValues['source']);
                  }}
                >
                  <EnumOptions values={SOURCES} labels={SOURCE_LABELS} />
                </select>
              </Field>
              <Field label="Engagement" error={errors.engagement}>
                <select {...text('engagement')}>
                  <EnumOptions values={ENGAGEMENTS} labels={ENGAGEMENT_LABELS} />
                </select>
              </Field>
            </div>
          </fieldset>

          <fieldset>
            <legend>Terms</legend>
            <div className="field-grid">
              <Field label="Rate" error={errors.rateAmount} hint="Leave empty if not known yet">
                <input {...text('rateAmount')} inputMode="decimal" placeholder="e.g. 750 or £1,250" />
              </Field>
              <Field label="Currency" error={errors.rateCurrency}>
                <input {...text('rateCurrency')} list="currency-list" maxLength={3} />
              </Field>
              <datalist id="currency-list">
                {COMMON_CURRENCIES.map((currency) => (
                  <option key={currency} value={currency} />
                ))}
              </datalist>
              <Field label="Rate unit" error={errors.rateUnit}>
                <select {...text('rateUnit')}>
                  <EnumOptions values={RATE_UNITS} labels={RATE_UNIT_LABELS} />
                </select>
              </Field>
              <Field label="IR35" error={errors.ir35}>
                <select {...text('ir35')}>
                  <EnumOptions values={IR35_STATUSES} labels={IR35_LABELS} />
                </select>
              </Field>
              <Field label="Duration" error={errors.durationValue}>
                <input {...text('durationValue')} inputMode="numeric" />
              </Field>
              <Field label="Duration unit" error={errors.durationUnit}>
                <select {...text('durationUnit')}>
                  {DURATION_UNITS.map((unit) => (
                    <option key={unit} value={unit}>
                      {unit}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Expected start" error={errors.expectedStart}>
                <input type="date" {...text('expectedStart')} />
              </Field>
              <Field label="Expected end" error={errors.expectedEnd}>
                <input type="date" {...text('expectedEnd')} />
              </Field>
              <Field label="Location" error={errors.location}>
                <input {...text('location')} />
              </Field>
              <Field label="Remote mode" error={errors.remoteMode}>
                <select {...text('remoteMode')}>
                  <option value="">Not known</option>
                  <EnumOptions values={REMOTE_MODES} labels={REMOTE_MODE_LABELS} />
                </select>
              </Field>
            </div>
          </fieldset>

          <fieldset>
            <legend>Pipeline</legend>
            <div className="field-grid">
              {!bid && (
                <Field label="Stage" error={errors.stage}>
                  <select {...text('stage')}>
                    <EnumOptions values={STAGES} labels={STAGE_LABELS} />
                  </select>
                </Field>
              )}
              <Field label="Priority" error={errors.priority}>
                <select value={values.priority} onChange={(event) => set('priority', Number(event.target.value) as Priority)}>
                  <EnumOptions values={PRIORITIES} labels={PRIORITY_LABELS} />
                </select>
              </Field>
              <Field label="Tags" error={errors.tags} hint="Separate tags with commas">
                <input {...text('tags')} />
              </Field>
            </div>
          </fieldset>

          <fieldset>
            <legend>Brief and notes</legend>
            <div className="field-grid">
              <Field label="Brief" error={errors.briefText} wide hint="Paste the brief as you received it" count={{ length: values.briefText.length, max: LIMITS.briefChars }}>
                <textarea {...text('briefText')} rows={5} />
              </Field>
              <ChecklistEditor items={values.briefChecklist} onChange={(items) => set('briefChecklist', items)} error={errors.briefChecklist} />
              <Field label="Notes" error={errors.notes} wide count={{ length: values.notes.length, max: LIMITS.notesChars }}>
                <textarea {...text('notes')} rows={3} />
              </Field>
            </div>
          </fieldset>
        </div>
        <FormActions onCancel={requestClose} submitLabel={bid ? 'Save changes' : 'Add bid'} saving={saving} />
      </form>
      {askingToDiscard && (
        <ConfirmDialog
          title={bid ? 'Discard your changes?' : 'Discard this new bid?'}
          confirmLabel="Discard"
          cancelLabel="Keep editing"
          onConfirm={onClose}
          onCancel={() => setAskingToDiscard(false)}
        >
          <p>{bid ? `Your changes to “${bid.title}” have not been saved.` : 'What you have typed has not been added to the board.'}</p>
        </ConfirmDialog>
      )}
    </Dialog>
  );
}
