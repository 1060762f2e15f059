import { useState, type FormEvent } from 'react';
import { CONTACT_KIND_LABELS, CONTACT_KINDS, type ContactKind } from '../../../shared/domain';
import { CONTACT_LIMITS, LIMITS, saveContactSchema, type Contact } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { goTo } from '../../app/use-address';
import { Dialog } from '../../components/Dialog';
import { EnumOptions } from '../../components/EnumOptions';
import { FormActions } from '../../components/FormActions';
import { checkInput, saveErrors, useFormErrors } from '../../components/form-errors';
import { Field } from '../bid-form/Field';
import { NamePicker } from '../bid-form/NamePicker';
import { useToasts } from '../toasts/toasts';
import { useRefreshRelationships } from '../today/today-queries';

const FIELDS = ['name', 'title', 'contactKind', 'organisation', 'email', 'phone', 'profileUrl', 'keyPartner', 'cadenceDays', 'notes'] as const;
type ContactField = (typeof FIELDS)[number];
const fieldOf = (path: string) => (path.startsWith('organisation') ? 'organisation' : (FIELDS as readonly string[]).includes(path) ? (path as ContactField) : undefined);

/** Adds a contact, or edits every field of one (DOMAIN.md's Contact). */
export function ContactFormDialog({ contact, onClose }: { contact?: Contact; onClose: () => void }) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshRelationships();
  const [values, setValues] = useState({
    name: contact?.name ?? '',
    title: contact?.title ?? '',
    contactKind: (contact?.contactKind ?? '') as ContactKind | '',
    organisation: contact?.organisation?.name ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    profileUrl: contact?.profileUrl ?? '',
    keyPartner: contact?.keyPartner ?? false,
    cadenceDays: contact?.cadenceDays === null || contact?.cadenceDays === undefined ? '' : String(contact.cadenceDays),
    notes: contact?.notes ?? '',
  });
  const { errors, show, clear } = useFormErrors<ContactField>('contact-form');
  const [saving, setSaving] = useState(false);
  const set = <K extends ContactField>(field: K, value: (typeof values)[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    clear(field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const organisationName = values.organisation.trim();
    const unchangedOrganisation = contact?.organisation && contact.organisation.name === organisationName;
    const input = {
      contactId: contact?.id ?? null,
      name: values.name,
      title: values.title,
      contactKind: values.contactKind || null,
      organisation: organisationName === '' ? null : unchangedOrganisation ? { id: contact.organisation?.id as number } : { name: organisationName },
      email: values.email.trim(),
      phone: values.phone,
      profileUrl: values.profileUrl.trim(),
      keyPartner: values.keyPartner,
      cadenceDays: values.cadenceDays.trim() === '' ? null : Number(values.cadenceDays),
      notes: values.notes,
    };
    const found = checkInput(saveContactSchema, input, fieldOf);
    if (Object.keys(found).length > 0) return show(found);
    setSaving(true);
    try {
      const saved = await api.saveContact(input);
      await refresh();
      toasts.show(contact ? `Saved ${saved.name}.` : `Added ${saved.name}.`);
      onClose();
      if (!contact) goTo({ page: 'contacts', query: new URLSearchParams({ contact: String(saved.id) }) }, 'push');
    } catch (error) {
      show(saveErrors(error, 'That contact no longer exists: they may have been deleted or merged in another window.', fieldOf));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title={contact ? `Edit ${contact.name}` : 'Add a contact'} onClose={onClose} size="large">
      <form className="contact-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="dialog-body field-grid">
          {errors.form && (
            <p className="form-error field-wide" role="alert">
              {errors.form}
            </p>
          )}
          <Field label="Name" error={errors.name}>
            <input value={values.name} maxLength={LIMITS.nameChars} onChange={(event) => set('name', event.target.value)} data-autofocus />
          </Field>
          <Field label="Job title" error={errors.title}>
            <input value={values.title} maxLength={LIMITS.titleChars} onChange={(event) => set('title', event.target.value)} />
          </Field>
          <Field label="Kind" error={errors.contactKind}>
            <select value={values.contactKind} onChange={(event) => set('contactKind', event.target.value as ContactKind | '')}>
              <option value="">Not set</option>
              <EnumOptions values={CONTACT_KINDS} labels={CONTACT_KIND_LABELS} />
            </select>
          </Field>
          <Field label="Organisation" error={errors.organisation} hint="An agency or client; a new name is added">
            <NamePicker value={values.organisation} onChange={(value) => set('organisation', value)} source={{ organisations: values.contactKind === 'recruiter' ? 'agency' : 'client' }} />
          </Field>
          <Field label="Email" error={errors.email}>
            <input type="email" value={values.email} maxLength={CONTACT_LIMITS.emailChars} onChange={(event) => set('email', event.target.value)} />
          </Field>
          <Field label="Phone" error={errors.phone}>
            <input type="tel" value={values.phone} maxLength={CONTACT_LIMITS.phoneChars} onChange={(event) => set('phone', event.target.value)} />
          </Field>
          <Field label="Profile link" error={errors.profileUrl} hint="LinkedIn or similar" wide>
            <input type="url" value={values.profileUrl} onChange={(event) => set('profileUrl', event.target.value)} />
          </Field>
          <div className="field">
            <label className="checkbox">
              <input type="checkbox" checked={values.keyPartner} onChange={(event) => set('keyPartner', event.target.checked)} />
              Key partner
            </label>
            <p className="field-hint">One of the few recruiters you build a long partnership with: listed first, and kept in touch with more often.</p>
          </div>
          <Field label="Keep in touch every (days)" error={errors.cadenceDays} hint="Leave empty for the default of their kind (Settings)">
            <input type="number" min={1} max={365} inputMode="numeric" value={values.cadenceDays} onChange={(event) => set('cadenceDays', event.target.value)} />
          </Field>
          <Field label="Notes" error={errors.notes} wide>
            <textarea rows={4} value={values.notes} onChange={(event) => set('notes', event.target.value)} />
          </Field>
        </div>
        <FormActions onCancel={onClose} submitLabel={contact ? 'Save contact' : 'Add contact'} saving={saving} />
      </form>
    </Dialog>
  );
}
