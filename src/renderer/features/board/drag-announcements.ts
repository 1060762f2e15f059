import type { Active, Announcements, Over, ScreenReaderInstructions } from '@dnd-kit/core';
import { STAGE_LABELS, type Stage } from '../../../shared/domain';
import type { BidCard } from '../../../shared/schemas';

// Cards carry their bid and lanes their stage (see BidCardItem and BoardLane), so a drag is told in the words
// on screen rather than dnd-kit's default "Draggable item 139 was dropped over droppable area lane:submitted".

function titleOf(active: Active): string {
  return (active.data.current?.card as BidCard | undefined)?.title ?? 'The bid';
}

function stageOf(over: Over | null): Stage | undefined {
  return over?.data.current?.stage as Stage | undefined;
}

export const dragAnnouncements: Announcements = {
  onDragStart: ({ active }) => `Picked up ${titleOf(active)}.`,
  onDragOver: ({ active, over }) => {
    const stage = stageOf(over);
    return stage ? `${titleOf(active)} is over ${STAGE_LABELS[stage]}.` : `${titleOf(active)} is not over a stage.`;
  },
  onDragEnd: ({ active, over }) => {
    const to = stageOf(over);
    const from = (active.data.current?.card as BidCard | undefined)?.stage;
    if (!to) return `${titleOf(active)} was not moved.`;
    if (to === from) return `${titleOf(active)} was not moved: it is already in ${STAGE_LABELS[to]}.`;
    return `Moved ${titleOf(active)} to ${STAGE_LABELS[to]}.`;
  },
  onDragCancel: ({ active }) => `${titleOf(active)} was not moved.`,
};

/** Cards are dragged with the mouse only; from the keyboard they move with these keys instead. */
export const dragInstructions: ScreenReaderInstructions = {
  draggable: 'To move a bid from the keyboard, press Shift with the left or right arrow for the previous or next stage, or M to choose its stage.',
};
