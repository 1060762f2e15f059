import { useState, type FormEvent } from 'react';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../shared/domain';
import { CONTACT_LIMITS, LIMITS, saveOrganisationSchema, type OrganisationDetail } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { Dialog } from '../../components/Dialog';
import { EnumOptions } from '../../components/EnumOptions';
import { FormActions } from '../../components/FormActions';
import { checkInput, saveErrors, useFormErrors } from '../../components/form-errors';
import { Field } from '../bid-form/Field';
import { useToasts } from '../toasts/toasts';
import { useRefreshRelationships } from '../today/today-queries';

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = { agency: 'Agency', client: 'Client', both: 'Agency and client' };

const FIELDS = ['name', 'kind', 'website', 'notes'] as const;
type OrganisationField = (typeof FIELDS)[number];
const fieldOf = (path: string) => ((FIELDS as readonly string[]).includes(path) ? (path as OrganisationField) : undefined);

/** Adds or edits an agency or client. */
export function OrganisationFormDialog({ organisation, onClose }: { organisation?: OrganisationDetail; onClose: () => void }) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshRelationships();
  const [values, setValues] = useState({
    name: organisation?.name ?? '',
    kind: organisation?.kind ?? ('agency' as OrganisationKind),
    website: organisation?.website ?? '',
    notes: organisation?.notes ?? '',
  });
  const { errors, show, clear } = useFormErrors<OrganisationField>('organisation-form');
  const [saving, setSaving] = useState(false);
  const set = <K extends OrganisationField>(field: K, value: (typeof values)[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    clear(field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { organisationId: organisation?.id ?? null, ...values, website: values.website.trim() };
    const found = checkInput(saveOrganisationSchema, input, fieldOf);
    if (Object.keys(found).length > 0) return show(found);
    setSaving(true);
    try {
      const saved = await api.saveOrganisation(input);
      await refresh();
      toasts.show(organisation ? `Saved ${saved.name}.` : `Added ${saved.name}.`);
      onClose();
    } catch (error) {
      show(saveErrors(error, 'That organisation no longer exists: it may have been merged in another window.', fieldOf));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title={organisation ? `Edit ${organisation.name}` : 'Add an organisation'} onClose={onClose}>
      <form className="organisation-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="dialog-body field-grid">
          {errors.form && (
            <p className="form-error field-wide" role="alert">
              {errors.form}
            </p>
          )}
          <Field label="Name" error={errors.name}>
            <input value={values.name} maxLength={LIMITS.nameChars} onChange={(event) => set('name', event.target.value)} data-autofocus />
          </Field>
          <Field label="Kind" error={errors.kind}>
            <select value={values.kind} onChange={(event) => set('kind', event.target.value as OrganisationKind)}>
              <EnumOptions values={ORGANISATION_KINDS} labels={ORGANISATION_KIND_LABELS} />
            </select>
          </Field>
          <Field label="Website" error={errors.website} wide>
            <input type="url" value={values.website} maxLength={CONTACT_LIMITS.urlChars} onChange={(event) => set('website', event.target.value)} />
          </Field>
          <Field label="Notes" error={errors.notes} wide>
            <textarea rows={4} value={values.notes} onChange={(event) => set('notes', event.target.value)} />
          </Field>
        </div>
        <FormActions onCancel={onClose} submitLabel={organisation ? 'Save organisation' : 'Add organisation'} saving={saving} />
      </form>
    </Dialog>
  );
}
