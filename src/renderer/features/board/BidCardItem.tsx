import { useDraggable } from '@dnd-kit/core';
import { memo, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { OPEN_STAGES, type OpenStage, type Stage } from '../../../shared/domain';
import type { BidCard } from '../../../shared/schemas';
import { CardInterviewPrompt } from '../interviews/CardInterviewPrompt';
import { BidCardView } from './BidCardView';
import { focusNeighbourCard } from './lane-focus';
import { MoveToMenu } from './MoveToMenu';

interface BidCardItemProps {
  card: BidCard;
  onOpen: (id: number) => void;
  onMove: (card: BidCard, to: Stage, viaKeyboard: boolean) => void;
  /** True once, right after a keyboard move brought this card here: focus follows the card. */
  takeFocus: boolean;
  onFocusTaken: () => void;
}

/** The next open stage to the left or right, for Shift+Arrow moves; closed stages have no neighbours. */
function neighbourStage(stage: Stage, step: -1 | 1): OpenStage | undefined {
  const index = OPEN_STAGES.indexOf(stage as OpenStage);
  return index === -1 ? undefined : OPEN_STAGES[index + step];
}

/**
 * Memoised: a move or a refresh re-renders every lane, and a card's draggable and menu cost more than comparing
 * its props; cards that did not change keep their element (the board keeps unchanged card objects).
 */
export const BidCardItem = memo(function BidCardItem({ card, onOpen, onMove, takeFocus, onFocusTaken }: BidCardItemProps) {
  const titleId = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  const ref = useRef<HTMLElement | null>(null);
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: card.id, data: { card } });

  useEffect(() => {
    if (!takeFocus) return;
    ref.current?.focus();
    onFocusTaken();
  }, [takeFocus, onFocusTaken]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    const { key, shiftKey, altKey, ctrlKey, metaKey } = event;
    if (altKey || ctrlKey || metaKey) return;
    if (key === 'Enter' || key === ' ') {
      onOpen(card.id);
    } else if (shiftKey && (key === 'ArrowRight' || key === 'ArrowLeft')) {
      const to = neighbourStage(card.stage, key === 'ArrowRight' ? 1 : -1);
      if (to) onMove(card, to, true);
    } else if (key === 'm' || key === 'M') {
      setMenuOpen(true);
    } else if (!shiftKey && key.startsWith('Arrow')) {
      focusNeighbourCard(event.currentTarget, key);
    } else {
      return;
    }
    event.preventDefault();
  };

  return (
    <article
      ref={(node) => {
        ref.current = node;
        setNodeRef(node);
      }}
      {...listeners}
      className={`card${isDragging ? ' card-dragging' : ''}`}
      tabIndex={0}
      data-card-id={card.id}
      aria-labelledby={titleId}
      aria-describedby="board-keys"
      onKeyDown={onKeyDown}
      onClick={() => onOpen(card.id)}
    >
      <BidCardView card={card} titleId={titleId} />
      {card.interviewToAssess !== null && <CardInterviewPrompt bidId={card.id} interviewId={card.interviewToAssess} bidTitle={card.title} />}
      <MoveToMenu
        current={card.stage}
        open={menuOpen}
        onOpenChange={setMenuOpen}
        bidTitle={card.title}
        onMove={(to) => onMove(card, to, true)}
      />
    </article>
  );
});
