import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import { REASON_CONTROL_LABELS, type ReasonControl } from '../../../shared/domain';
import { addReasonSchema, type RejectionReason } from '../../../shared/schemas';
import { ApiError } from '../../../shared/errors';
import { safeParseInput } from '../../../shared/validation-messages';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';

interface AddReasonProps {
  control: ReasonControl;
  onAdded: (reason: RejectionReason) => void;
}

/** "Add a reason of my own" under one group: a button that opens into a name field, Enter to add, Escape to cancel. */
export function AddReason({ control, onAdded }: AddReasonProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const close = () => {
    setOpen(false);
    setLabel('');
    setError(null);
  };

  const add = async () => {
    const checked = safeParseInput(addReasonSchema, { label, control });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Type a reason');
      return;
    }
    setSaving(true);
    try {
      const reason = await api.addRejectionReason(checked.data);
      await queryClient.invalidateQueries({ queryKey: queryKeys.rejectionReasons });
      onAdded(reason);
      close();
    } catch (failure) {
      setError(failure instanceof ApiError && failure.fields?.label ? failure.fields.label : failureMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Enter adds the reason, not the whole outcome form; Escape closes this field, not the dialog.
    if (event.key === 'Enter') void add();
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  if (!open) {
    return (
      <button type="button" className="link add-reason" onClick={() => setOpen(true)}>
        + Add a reason of my own
      </button>
    );
  }
  const groupName = REASON_CONTROL_LABELS[control].toLowerCase();
  return (
    <div className="add-reason-field">
      <label htmlFor={id} className="visually-hidden">
        New reason {groupName}
      </label>
      <input
        id={id}
        autoFocus
        value={label}
        placeholder="e.g. Too hands-on for the brief"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setLabel(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      <button type="button" onClick={() => void add()} disabled={saving}>
        Add
      </button>
      <button type="button" className="link" onClick={close}>
        Cancel
      </button>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
