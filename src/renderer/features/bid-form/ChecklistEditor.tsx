import { useId, useState } from 'react';
import { briefCompleteness } from '../../../shared/domain';

interface ChecklistEditorProps {
  items: { label: string; done: boolean }[];
  onChange: (items: { label: string; done: boolean }[]) => void;
  error?: string | undefined;
  /** What the list is and what a ticked item means; the brief's by default. */
  wording?: { title: string; done: string; placeholder: string };
}

const BRIEF_WORDING = { title: 'Brief checklist', done: 'answered', placeholder: 'Add a question the brief should answer' };

/** A checklist: tick what is done, add items of your own, remove what does not apply. The brief's by default. */
export function ChecklistEditor({ items, onChange, error, wording = BRIEF_WORDING }: ChecklistEditorProps) {
  const [draft, setDraft] = useState('');
  const newItemId = useId();
  const done = items.filter((item) => item.done).length;
  const add = () => {
    const label = draft.trim();
    if (!label) return;
    onChange([...items, { label, done: false }]);
    setDraft('');
  };
  return (
    <fieldset className="checklist field-wide">
      <legend>
        {wording.title}{' '}
        <span className="muted">
          — {done} of {items.length} {wording.done} ({briefCompleteness(items)}%)
        </span>
      </legend>
      <ul>
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`}>
            <label>
              <input
                type="checkbox"
                checked={item.done}
                onChange={(event) => onChange(items.map((other, at) => (at === index ? { ...other, done: event.target.checked } : other)))}
              />
              {item.label}
            </label>
            <button type="button" className="link" aria-label={`Remove “${item.label}”`} onClick={() => onChange(items.filter((_, at) => at !== index))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="checklist-add">
        <label className="visually-hidden" htmlFor={newItemId}>
          New checklist item
        </label>
        <input
          id={newItemId}
          value={draft}
          placeholder={wording.placeholder}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          Add
        </button>
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
