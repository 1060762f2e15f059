import { useId } from 'react';
import type { ReasonList } from '../../../shared/schemas';
import { pendingSuggestions } from './outcome-form';
import { useReasonSuggestions } from './outcome-queries';

interface SuggestionChipsProps {
  feedback: string;
  reasons: ReasonList;
  ticked: readonly number[];
  onApply: (reasonId: number) => void;
}

/**
 * Reasons the feedback seems to point at, each saying which words pointed at it. Nothing is ticked until the
 * user clicks a chip: the words may not mean what the rules think.
 */
export function SuggestionChips({ feedback, reasons, ticked, onApply }: SuggestionChipsProps) {
  const hintId = useId();
  const suggestions = useReasonSuggestions(feedback);
  const pending = feedback.trim() ? pendingSuggestions(suggestions.data ?? [], reasons, ticked) : [];
  if (pending.length === 0) return null;
  return (
    <div className="suggestions">
      <p className="field-hint" id={hintId}>
        Suggested from the feedback: click to tick.
      </p>
      <ul aria-label="Suggested reasons" aria-describedby={hintId}>
        {pending.map(({ phrase, reason }) => (
          <li key={reason.id}>
            <button type="button" className="chip" onClick={() => onApply(reason.id)}>
              Suggested from ‘{phrase}’: <strong>{reason.label}</strong>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
