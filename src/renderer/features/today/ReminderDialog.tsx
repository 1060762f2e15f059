import { useState, type FormEvent } from 'react';
import { createReminderSchema, REMINDER_LIMITS, updateReminderSchema, type Reminder } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { calendarDateOf } from '../../app/dates';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { checkInput, saveErrors, useFormErrors } from '../../components/form-errors';
import { Field } from '../bid-form/Field';
import { useToasts } from '../toasts/toasts';
import { useRefreshRelationships } from './today-queries';

type ReminderField = 'title' | 'note' | 'dueDate' | 'dueTime';
const FIELDS: readonly string[] = ['title', 'note', 'dueDate', 'dueTime'];
const fieldOf = (path: string) => (FIELDS.includes(path) ? (path as ReminderField) : undefined);

interface ReminderDialogProps {
  /** The reminder to edit; absent to set a new one. */
  reminder?: Reminder;
  /** What a new one is about. */
  about?: { contact?: { id: number; name: string }; bid?: { id: number; name: string } };
  now: number;
  onClose: () => void;
}

/**
 * Sets a reminder of the user's own, or edits one. A rule's reminder keeps the rule's date and reason: only its
 * title can change here (snoozing puts it off).
 */
export function ReminderDialog({ reminder, about, now, onClose }: ReminderDialogProps) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshRelationships();
  const byRule = reminder !== undefined && reminder.rule !== null;
  const dueAt = reminder?.dueAt;
  const [values, setValues] = useState({
    title: reminder?.title ?? '',
    note: reminder?.why ?? '',
    dueDate: calendarDateOf(dueAt ?? now),
    dueTime: dueAt === undefined ? '' : new Date(dueAt).toTimeString().slice(0, 5),
  });
  const { errors, show, clear } = useFormErrors<ReminderField>('reminder-form');
  const [saving, setSaving] = useState(false);
  const set = (field: ReminderField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    clear(field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = { ...values, dueTime: values.dueTime || null };
    const input = reminder
      ? { reminderId: reminder.id, ...fields }
      : { ...fields, contactId: about?.contact?.id ?? null, bidId: about?.bid?.id ?? null };
    const found = checkInput(reminder ? updateReminderSchema : createReminderSchema, input, fieldOf);
    if (Object.keys(found).length > 0) return show(found);
    setSaving(true);
    try {
      const saved = reminder ? await api.updateReminder({ reminderId: reminder.id, ...fields }) : await api.createReminder({ ...fields, contactId: about?.contact?.id ?? null, bidId: about?.bid?.id ?? null });
      await refresh();
      toasts.show(reminder ? `Saved “${saved.title}”.` : `Reminder set: ${saved.title}.`);
      onClose();
    } catch (error) {
      show(saveErrors(error, 'That reminder no longer exists: it may have been answered in another window.', fieldOf));
    } finally {
      setSaving(false);
    }
  };

  const subject = about?.contact?.name ?? about?.bid?.name;
  return (
    <Dialog title={reminder ? 'Edit reminder' : subject ? `Remind me about ${subject}` : 'New reminder'} onClose={onClose}>
      <form className="reminder-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="dialog-body field-grid">
          {errors.form && (
            <p className="form-error field-wide" role="alert">
              {errors.form}
            </p>
          )}
          <Field label="What to do" error={errors.title} wide>
            <input value={values.title} maxLength={REMINDER_LIMITS.titleChars} onChange={(event) => set('title', event.target.value)} data-autofocus />
          </Field>
          <Field label="Due on" error={errors.dueDate} {...(byRule ? { hint: 'Set by its rule: snooze it to put it off' } : {})}>
            <input type="date" value={values.dueDate} disabled={byRule} onChange={(event) => set('dueDate', event.target.value)} />
          </Field>
          <Field label="At (optional)" error={errors.dueTime} hint={byRule ? 'Set by its rule' : 'Leave empty for 09:00'}>
            <input type="time" value={values.dueTime} disabled={byRule} onChange={(event) => set('dueTime', event.target.value)} />
          </Field>
          <Field label={byRule ? 'Why' : 'Note'} error={errors.note} wide>
            <textarea rows={3} value={values.note} disabled={byRule} maxLength={REMINDER_LIMITS.noteChars} onChange={(event) => set('note', event.target.value)} />
          </Field>
        </div>
        <FormActions onCancel={onClose} submitLabel={reminder ? 'Save reminder' : 'Set reminder'} saving={saving} />
      </form>
    </Dialog>
  );
}
