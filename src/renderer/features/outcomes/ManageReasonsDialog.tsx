import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { REASON_CONTROL_LABELS } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import { renameReasonSchema, type RejectionReason } from '../../../shared/schemas';
import { safeParseInput } from '../../../shared/validation-messages';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';
import { Dialog } from '../../components/Dialog';
import { useRejectionReasons } from './outcome-queries';

/** The user's own reasons, to rename or retire (and restore). Built-in ones are not listed: they cannot change. */
export function ManageReasonsDialog({ onClose }: { onClose: () => void }) {
  const reasons = useRejectionReasons().data;
  const own = reasons ? [...reasons.mine, ...reasons.outside].filter((reason) => reason.code === null) : [];
  return (
    <Dialog title="My own reasons" onClose={onClose}>
      <div className="dialog-body manage-reasons">
        {own.length === 0 ? (
          <p className="muted">
            You have no reasons of your own yet. Add one under either group with “Add a reason of my own”; built-in reasons cannot be
            renamed or retired.
          </p>
        ) : (
          <ul>
            {own.map((reason) => (
              <OwnReasonRow key={reason.id} reason={reason} />
            ))}
          </ul>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}

function OwnReasonRow({ reason }: { reason: RejectionReason }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [label, setLabel] = useState(reason.label);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errorId = `reason-${reason.id}-error`;

  const run = async (call: () => Promise<unknown>) => {
    setSaving(true);
    try {
      await call();
      setError(null);
      // Outcomes show reasons by name: a rename or retirement shows there too.
      await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.rejectionReasons }), queryClient.invalidateQueries({ queryKey: ['bid'] })]);
    } catch (failure) {
      setError(failure instanceof ApiError && failure.fields?.label ? failure.fields.label : failureMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  const rename = () => {
    const checked = safeParseInput(renameReasonSchema, { reasonId: reason.id, label });
    if (!checked.success) setError(checked.error.issues[0]?.message ?? 'Type a name');
    else void run(() => api.renameRejectionReason(checked.data));
  };

  return (
    <li className={reason.retired ? 'retired' : ''}>
      <input
        aria-label={`Name of “${reason.label}” (${REASON_CONTROL_LABELS[reason.control].toLowerCase()})`}
        value={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setLabel(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          rename();
        }}
      />
      <button type="button" onClick={rename} disabled={saving || label === reason.label} aria-label={`Rename “${reason.label}”`}>
        Rename
      </button>
      <button
        type="button"
        aria-label={`${reason.retired ? 'Restore' : 'Retire'} “${reason.label}”`}
        onClick={() => void run(() => api.setRejectionReasonRetired({ reasonId: reason.id, retired: !reason.retired }))}
        disabled={saving}
      >
        {reason.retired ? 'Restore' : 'Retire'}
      </button>
      <span className="muted">{reason.retired ? 'Retired: no longer offered' : REASON_CONTROL_LABELS[reason.control]}</span>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </li>
  );
}
