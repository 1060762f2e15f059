import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import './toasts.css';

interface ToastAction {
  label: string;
  run: () => void;
}

interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: ToastAction;
}

interface Toasts {
  /** Shows a toast in place of the one on screen; returns its id, to take it away early with `dismiss`. */
  show(message: string, options?: { action?: ToastAction; tone?: Toast['tone'] }): number;
  /** Takes a toast away, if it is still the one on screen: for one whose action can no longer apply. */
  dismiss(id: number): void;
}

const ToastContext = createContext<Toasts | null>(null);
const VISIBLE_MS = 8000;

/**
 * A short message at the bottom of the window, read out by screen readers, optionally with one action. One at a
 * time: the newest replaces the one before, whose message is old news (a move's Undo stays on Ctrl+Z).
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<Toast | null>(null);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToast((current) => (current?.id === id ? null : current)), []);
  const show = useCallback<Toasts['show']>(
    (message, options = {}) => {
      const id = nextId.current++;
      setToast({ id, message, tone: options.tone ?? 'info', ...(options.action ? { action: options.action } : {}) });
      window.setTimeout(() => dismiss(id), VISIBLE_MS);
      return id;
    },
    [dismiss],
  );
  const value = useMemo(() => ({ show, dismiss }), [show, dismiss]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toast && (
          <div key={toast.id} className={`toast toast-${toast.tone}`}>
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="toast-dismiss" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}

export function useToasts(): Toasts {
  const toasts = useContext(ToastContext);
  if (!toasts) throw new Error('useToasts must be used inside <ToastProvider>');
  return toasts;
}
