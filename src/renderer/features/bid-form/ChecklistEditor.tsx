import { useState } from 'react';
import { briefCompleteness } from '../../../shared/domain';

interface ChecklistEditorProps {
  items: { label: string; done: boolean }[];
  onChange: (items: { label: string; done: boolean }[]) => void;
  error?: string | undefined;
}

/** The brief checklist: tick what the brief answers, add questions of your own, remove what does not apply. */
export function ChecklistEditor({ items, onChange, error }: ChecklistEditorProps) {
  const [draft, setDraft] = useState('');
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
        Brief checklist{' '}
        <span className="muted">
          — {done} of {items.length} answered ({briefCompleteness(items)}%)
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
        <label className="visually-hidden" htmlFor="checklist-new">
          New checklist item
        </label>
        <input
          id="checklist-new"
          value={draft}
          placeholder="Add a question the brief should answer"
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
