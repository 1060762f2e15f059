import type { Page } from './address';

/** The key that follows `G` to go to a page (G then B: Board), as in many web apps; single letters stay free. */
export const PAGE_KEYS: Record<Page, string> = { today: 't', board: 'b', contacts: 'c', insights: 'i', skills: 's', settings: ',' };

/** How long after `G` the page key is awaited. */
export const GO_KEY_WINDOW_MS = 1500;

/** The page a key press goes to, given when `G` was last pressed (or null). */
export function pageForKey(key: string, goPressedAt: number | null, now: number): Page | null {
  if (goPressedAt === null || now - goPressedAt > GO_KEY_WINDOW_MS) return null;
  const entry = Object.entries(PAGE_KEYS).find(([, pageKey]) => pageKey === key.toLowerCase());
  return entry ? (entry[0] as Page) : null;
}
