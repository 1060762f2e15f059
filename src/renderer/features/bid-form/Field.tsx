import { cloneElement, useId, type ReactElement } from 'react';

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  /** One input, select or textarea; it gets its id, invalid state and descriptions from here. */
  children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }>;
  wide?: boolean;
  /** For long text: how much is typed of how much is allowed, shown once it nears the limit. */
  count?: { length: number; max: number };
}

/** The share of a limit from which the counter shows, early enough to trim before saving. */
const COUNTER_FROM = 0.9;

/** A labelled form control with its hint and its error message tied to it for screen readers. */
export function Field({ label, error, hint, children, wide = false, count }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const countId = `${id}-count`;
  const showCount = count !== undefined && count.length >= count.max * COUNTER_FROM;
  const describedBy = [hint ? hintId : '', showCount ? countId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${wide ? ' field-wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {showCount && (
        <p id={countId} className={`field-count${count.length > count.max ? ' field-count-over' : ''}`} aria-live="polite">
          {count.length.toLocaleString()} of {count.max.toLocaleString()} characters
          {count.length > count.max && ` — ${(count.length - count.max).toLocaleString()} too many`}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
