import { useId } from 'react';
import { REASON_CONTROL_LABELS, REASON_CONTROLS } from '../../../shared/domain';
import type { ReasonList, RejectionReason } from '../../../shared/schemas';
import { AddReason } from './AddReason';
import { offeredReasons } from './outcome-form';

interface ReasonPickerProps {
  reasons: ReasonList;
  ticked: readonly number[];
  onToggle: (id: number) => void;
  /** A reason the user added inline: it is ticked at once, as that is why they added it. */
  onAdded: (reason: RejectionReason) => void;
  onManage: () => void;
  error?: string | undefined;
}

/** The reasons as checkboxes, "In my control" beside "Outside my control", each group open to reasons of the user's own. */
export function ReasonPicker({ reasons, ticked, onToggle, onAdded, onManage, error }: ReasonPickerProps) {
  const errorId = useId();
  return (
    <fieldset className="reason-picker" aria-describedby={error ? errorId : undefined}>
      <legend>Reasons</legend>
      <div className="reason-groups">
        {REASON_CONTROLS.map((control, group) => (
          <fieldset key={control} className="reason-group">
            <legend>{REASON_CONTROL_LABELS[control]}</legend>
            <ul>
              {offeredReasons(reasons[control], ticked).map((reason, index) => (
                <li key={reason.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={ticked.includes(reason.id)}
                      onChange={() => onToggle(reason.id)}
                      // The dialog opens on the first reason: ticking is the quick part.
                      data-autofocus={group === 0 && index === 0 ? true : undefined}
                    />
                    {reason.label}
                    {reason.retired && <span className="muted"> (retired)</span>}
                  </label>
                </li>
              ))}
            </ul>
            <AddReason control={control} onAdded={onAdded} />
          </fieldset>
        ))}
      </div>
      <button type="button" className="link" onClick={onManage}>
        Rename or retire my own reasons…
      </button>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
