/**
 * Keyboard focus on the board: cards are found through their data attributes, so that lanes (virtualised, folded
 * or empty) need not register themselves anywhere.
 */

/** Focuses an element and scrolls the board, both ways, just enough to show it. */
function focusInView(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Brings a lane into view, and focuses the lane itself when asked (a lane without cards). */
export function revealLane(stage: string, focusLane: boolean): void {
  const lane = document.querySelector<HTMLElement>(`[data-lane="${stage}"]`);
  if (!lane) return;
  lane.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  if (focusLane) lane.querySelector<HTMLElement>('.lane-scroll')?.focus({ preventScroll: true });
}

/**
 * Arrow keys walk between cards (up and down) and lanes (left and right) as in a grid. Left and right skip lanes
 * that show no card (empty or folded), so focus never gets stuck. Returns whether focus moved.
 */
export function focusNeighbourCard(from: HTMLElement, key: string): boolean {
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    const item = from.closest('[data-lane-item]');
    const sibling = key === 'ArrowDown' ? item?.nextElementSibling : item?.previousElementSibling;
    const card = sibling?.querySelector<HTMLElement>('[data-card-id]');
    if (card) focusInView(card);
    return Boolean(card);
  }
  const lanes = [...document.querySelectorAll<HTMLElement>('[data-lane]')];
  const step = key === 'ArrowRight' ? 1 : -1;
  for (let index = lanes.indexOf(from.closest<HTMLElement>('[data-lane]') as HTMLElement) + step; index >= 0 && index < lanes.length; index += step) {
    const card = lanes[index]?.querySelector<HTMLElement>('[data-card-id]');
    if (card) {
      focusInView(card);
      return true;
    }
  }
  return false;
}
