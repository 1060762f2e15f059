import type { Active, Over } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import type { BidCard } from '../../../shared/schemas';
import { dragAnnouncements } from './drag-announcements';

// Shaped as BidCardItem and BoardLane register them with dnd-kit: a card's id and bid, a lane's id and stage.
const card = { id: 139, title: 'Interim CFO', stage: 'lead' } as BidCard;
const active = { id: card.id, data: { current: { card } } } as unknown as Active;
const lane = (stage: string) => ({ id: `lane:${stage}`, data: { current: { stage } } }) as unknown as Over;

describe('what a screen reader hears while a card is dragged', () => {
  it("names the bid and the stages by their titles, never by dnd-kit's ids", () => {
    const heard = [
      dragAnnouncements.onDragStart({ active }),
      dragAnnouncements.onDragOver({ active, over: lane('submitted') }),
      dragAnnouncements.onDragEnd({ active, over: lane('submitted') }),
    ];
    expect(heard).toEqual(['Picked up Interim CFO.', 'Interim CFO is over Submitted.', 'Moved Interim CFO to Submitted.']);
    for (const sentence of heard) expect(sentence).not.toMatch(/139|lane:|draggable|droppable/i);
  });

  it('says when the card was not moved: dropped outside a lane, back on its own lane, or cancelled', () => {
    expect(dragAnnouncements.onDragOver({ active, over: null })).toBe('Interim CFO is not over a stage.');
    expect(dragAnnouncements.onDragEnd({ active, over: null })).toBe('Interim CFO was not moved.');
    expect(dragAnnouncements.onDragEnd({ active, over: lane('lead') })).toBe('Interim CFO was not moved: it is already in Lead.');
    expect(dragAnnouncements.onDragCancel({ active, over: lane('submitted') })).toBe('Interim CFO was not moved.');
  });
});
