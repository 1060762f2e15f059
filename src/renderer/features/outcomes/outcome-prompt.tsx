import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { STAGE_LABELS, type OutcomeStage } from '../../../shared/domain';
import { useToasts } from '../toasts/toasts';
import { OutcomeDialog } from './OutcomeDialog';

/** A bid just stored as closed: the dialog asks what happened, and its undo stays at hand once it closes. */
export interface ClosedBid {
  bidId: number;
  title: string;
  closedAs: OutcomeStage;
  /** Undoes the closing move (and with it any outcome recorded for it). */
  undo: () => void;
}

interface OutcomePrompt {
  ask(closed: ClosedBid): void;
}

const OutcomePromptContext = createContext<OutcomePrompt | null>(null);

/**
 * Asks what happened when a move closes a bid as Rejected, Role pulled or No response. The move's own toast sits
 * behind the dialog, where it cannot be reached: when the dialog closes, the toast comes back with its Undo.
 */
export function OutcomePromptProvider({ children }: { children: ReactNode }) {
  const toasts = useToasts();
  const [asking, setAsking] = useState<(ClosedBid & { serial: number }) | null>(null);
  const serial = useRef(0);
  const ask = useCallback((closed: ClosedBid) => setAsking({ ...closed, serial: ++serial.current }), []);
  const value = useMemo(() => ({ ask }), [ask]);

  const finish = (closed: ClosedBid, saved: boolean) => {
    setAsking(null);
    const moved = `Moved “${closed.title}” to ${STAGE_LABELS[closed.closedAs]}`;
    const message = saved ? `${moved} and recorded what happened.` : `${moved}. Record what happened from the bid when you are ready.`;
    toasts.show(message, { action: { label: 'Undo', run: closed.undo } });
  };

  return (
    <OutcomePromptContext.Provider value={value}>
      {children}
      {asking && (
        <OutcomeDialog
          // Another closing while one is asked about starts afresh.
          key={asking.serial}
          bidId={asking.bidId}
          bidTitle={asking.title}
          onClose={() => finish(asking, false)}
          onSaved={() => finish(asking, true)}
        />
      )}
    </OutcomePromptContext.Provider>
  );
}

export function useOutcomePrompt(): OutcomePrompt {
  const prompt = useContext(OutcomePromptContext);
  if (!prompt) throw new Error('useOutcomePrompt must be used inside <OutcomePromptProvider>');
  return prompt;
}
