import { useId } from 'react';
import { NamePicker } from '../bid-form/NamePicker';
import { addInterviewer, type InterviewerValue } from './form-values';

interface InterviewersFieldProps {
  value: InterviewerValue[];
  onChange: (value: InterviewerValue[]) => void;
  /** The name being typed: the form adds it on save, as a user who typed a name and pressed Save expects. */
  draft: string;
  onDraftChange: (draft: string) => void;
  error?: string | undefined;
  /** Worded for interviewers unless given: the same field names who took part in an interaction. */
  legend?: string;
  emptyHint?: string;
  placeholder?: string;
  addLabel?: string;
}

/**
 * Who interviewed: contacts suggested as the user types, or new names, which become contacts of the client when
 * the interview is saved. Enter or "Add" puts the name on the list; a name left in the box is added on save too.
 */
export function InterviewersField({
  value,
  onChange,
  draft,
  onDraftChange,
  error,
  legend = 'Interviewers',
  emptyHint = 'Nobody yet: add who will interview you, from your contacts or as a new name.',
  placeholder = 'Name of an interviewer',
  addLabel = 'Add an interviewer',
}: InterviewersFieldProps) {
  const id = useId();
  const add = () => {
    onChange(addInterviewer(value, draft));
    onDraftChange('');
  };
  return (
    <fieldset className="interviewers-field field-wide" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {value.length > 0 ? (
        <ul className="interviewer-chips">
          {value.map((person) => (
            <li key={person.id ?? person.name}>
              {person.name}
              <button type="button" className="link" aria-label={`Remove ${person.name}`} onClick={() => onChange(value.filter((other) => other !== person))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field-hint">{emptyHint}</p>
      )}
      <div className="checklist-add">
        <label className="visually-hidden" htmlFor={id}>
          {addLabel}
        </label>
        <span
          className="interviewer-picker"
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        >
          <NamePicker id={id} value={draft} onChange={onDraftChange} source="contacts" placeholder={placeholder} />
        </span>
        <button type="button" onClick={add}>
          Add
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
