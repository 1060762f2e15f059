import { useEffect, useId, useRef, type MouseEvent, type PointerEvent, type ReactNode } from 'react';
import './dialog.css';

interface DialogProps {
  title: string;
  /** Every way out (Escape, ×, a click outside) asks through this: a dialog with unsaved input may say no. */
  onClose: () => void;
  children: ReactNode;
  /** Wider dialogs for forms. */
  size?: 'small' | 'large';
}

/** True when a pointer event on the <dialog> element lands on its backdrop rather than on the dialog itself. */
function onBackdrop(event: MouseEvent<HTMLDialogElement>): boolean {
  if (event.target !== event.currentTarget) return false;
  const box = event.currentTarget.getBoundingClientRect();
  return event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, closes it on Escape and makes the rest of the
 * page inert, which no hand-rolled overlay gets fully right. Mark the element to focus first with
 * `data-autofocus`.
 */
export function Dialog({ title, onClose, children, size = 'small' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // A click counts as outside only if it also began outside: selecting text in a field and letting go over
  // the backdrop must not close the dialog.
  const pressedOnBackdrop = useRef(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal() focuses the first focusable element (the close button); move on to the one the dialog names.
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // A dialog opened from inside this one (a question) handles its own Escape.
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        onClose();
      }}
      onClose={(event) => {
        // The browser may close a dialog on Escape without a cancellable `cancel` event (a second Escape with
        // no click or typing in between). While this component is mounted it stays open: show it again and ask.
        const dialog = event.currentTarget;
        if (event.target !== dialog || dialog.open) return;
        dialog.showModal();
        onClose();
      }}
      onPointerDown={(event: PointerEvent<HTMLDialogElement>) => (pressedOnBackdrop.current = onBackdrop(event))}
      onClick={(event) => {
        if (pressedOnBackdrop.current && onBackdrop(event)) onClose();
        pressedOnBackdrop.current = false;
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="dialog-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
