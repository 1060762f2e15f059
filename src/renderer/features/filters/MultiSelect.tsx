import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MultiSelectOption<T> {
  value: T;
  label: string;
}

interface MultiSelectProps<T extends string | number> {
  /** Names the group and its button: "Stages". */
  label: string;
  /** What the button says when nothing is ticked, which filters nothing: "All stages". */
  allLabel: string;
  options: readonly MultiSelectOption<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  /** How to name a value in force that the options do not list (from an old address, or no longer offered). */
  unlistedLabel?: (value: T) => string;
}

/**
 * A button that opens a list of checkboxes, for filters that take several values at once. The keyboard works
 * as with any checkbox group: Tab or the arrow keys move between boxes, Space ticks, Escape closes the list and
 * returns to the button; leaving the list by Tab or a click elsewhere closes it too.
 */
export function MultiSelect<T extends string | number>({ label, allLabel, options: listed, selected, onChange, unlistedLabel = String }: MultiSelectProps<T>) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // A value that filters the board is shown, ticked, even when the list does not offer it: the button must never
  // say "All" while the board is filtered, and ticking another value must not drop it unseen.
  const unlisted = selected.filter((value) => !listed.some((option) => option.value === value));
  const options = [...listed, ...unlisted.map((value) => ({ value, label: unlistedLabel(value) }))];
  const chosen = options.filter((option) => selected.includes(option.value));

  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const toggle = (value: T, ticked: boolean) => {
    // Kept in the options' order, so that the same choice always reads (and is stored) the same way.
    const next = new Set(ticked ? [...selected, value] : selected.filter((other) => other !== value));
    onChange(options.map((option) => option.value).filter((optionValue) => next.has(optionValue)));
  };

  const onPanelKeyDown = (event: KeyboardEvent) => {
    const boxes = [...(panelRef.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
    const index = boxes.indexOf(document.activeElement as HTMLInputElement);
    if (event.key === 'ArrowDown') boxes[Math.min(index + 1, boxes.length - 1)]?.focus();
    else if (event.key === 'ArrowUp') boxes[Math.max(index - 1, 0)]?.focus();
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const summary = chosen.length === 0 ? allLabel : chosen.length === 1 ? (chosen[0]?.label ?? '') : `${chosen.length} ${label.toLowerCase()}`;
  return (
    <div
      className="multi-select"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={chosen.length > 0 ? 'multi-select-button active' : 'multi-select-button'}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={`${label}: ${chosen.length > 0 ? chosen.map((option) => option.label).join(', ') : 'all'}`}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {summary}
      </button>
      {open && (
        <div id={panelId} ref={panelRef} role="group" aria-label={label} className="multi-select-panel" onKeyDown={onPanelKeyDown}>
          {options.length === 0 && <p className="muted">None yet</p>}
          {options.map((option) => (
            <label key={option.value}>
              <input type="checkbox" checked={selected.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
              {option.label}
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
