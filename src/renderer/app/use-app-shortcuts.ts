import { useEffect, useRef } from 'react';
import { pageAddress } from './address';
import { isTypingTarget } from './keyboard';
import { pageForKey } from './page-keys';
import { currentAddress, goTo, lastQueryOf } from './use-address';

interface Shortcuts {
  undoLast: () => void;
  openCreate: () => void;
  /** Quick-add: log an interaction from anywhere. */
  openLog: () => void;
  /** Absent on pages without a search box. */
  focusSearch?: () => void;
}

/** App-wide shortcuts, except while the user is typing or a dialog is open. */
export function useAppShortcuts({ undoLast, openCreate, openLog, focusSearch }: Shortcuts): void {
  const goPressedAt = useRef<number | null>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const command = event.ctrlKey || event.metaKey;
      const plain = !command && !event.altKey;
      const page = plain ? pageForKey(event.key, goPressedAt.current, event.timeStamp) : null;
      goPressedAt.current = plain && event.key.toLowerCase() === 'g' ? event.timeStamp : null;
      if (page) goTo(pageAddress(page, currentAddress(), lastQueryOf()), 'push');
      else if (command && !event.shiftKey && event.key.toLowerCase() === 'z') undoLast();
      else if (plain && event.key === 'n') openCreate();
      else if (plain && event.key === 'l') openLog();
      else if (plain && event.key === '/' && focusSearch) focusSearch();
      else if (goPressedAt.current === null) return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undoLast, openCreate, openLog, focusSearch]);
}
