import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { STAGE_LABELS, STAGES, type Stage } from '../../../shared/domain';

interface MoveToMenuProps {
  current: Stage;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onMove: (to: Stage) => void;
  /** Names the bid for screen readers: "Move Interim CFO to…". */
  bidTitle: string;
}

/** A menu button listing every other stage; arrow keys move through it, Escape closes it. */
export function MoveToMenu({ current, open, onOpenChange, onMove, bidTitle }: MoveToMenuProps) {
  const menuId = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const targets = STAGES.filter((stage) => stage !== current);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);

  const close = (returnFocus: boolean) => {
    onOpenChange(false);
    if (returnFocus) triggerRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const focusAt = (next: number) => items[(next + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focusAt(index + 1);
    else if (event.key === 'ArrowUp') focusAt(index - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close(event.key === 'Escape');
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      className="move-menu"
      onPointerDown={(event) => event.stopPropagation()}
      onBlur={(event) => {
        // Close when focus leaves the menu for anywhere else, as a native menu does.
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) onOpenChange(false);
      }}
    >
      <button
        ref={triggerRef}
        type="button"
        className="move-menu-trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Move ${bidTitle} to…`}
        onClick={(event) => {
          event.stopPropagation();
          onOpenChange(!open);
        }}
        onKeyDown={(event) => event.stopPropagation()}
      >
        Move…
      </button>
      {open && (
        <ul id={menuId} ref={menuRef} role="menu" aria-label={`Move ${bidTitle} to`} className="move-menu-list" onKeyDown={onMenuKeyDown}>
          {targets.map((stage) => (
            <li key={stage} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={(event) => {
                  event.stopPropagation();
                  close(false);
                  onMove(stage);
                }}
              >
                {STAGE_LABELS[stage]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
