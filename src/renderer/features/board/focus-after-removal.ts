/**
 * Where focus goes once a card leaves the board for good (deleted from the detail panel), so that keyboard and
 * screen-reader users keep their place instead of landing on the page body: the next card in its lane, else
 * the one before it, else the lane itself. Read from the board while the card is still on it; returns the
 * function to call once the board shows the change.
 */
export function planFocusAfterRemoval(cardId: number): () => void {
  const card = document.querySelector<HTMLElement>(`[data-card-id="${cardId}"]`);
  const item = card?.closest('[data-lane-item]');
  const neighbour = [item?.nextElementSibling, item?.previousElementSibling]
    .map((sibling) => sibling?.querySelector<HTMLElement>('[data-card-id]')?.dataset.cardId)
    .find((id) => id !== undefined);
  const stage = card?.closest<HTMLElement>('[data-lane]')?.dataset.lane;
  return () => {
    const next = neighbour === undefined ? null : document.querySelector<HTMLElement>(`[data-card-id="${neighbour}"]`);
    const lane = stage === undefined ? null : document.querySelector<HTMLElement>(`[data-lane="${stage}"] .lane-scroll`);
    (next ?? lane)?.focus();
  };
}
