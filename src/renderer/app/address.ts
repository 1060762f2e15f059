/**
 * The app's address lives in the hash, `#/<page>?<query>`, so that a page, a filtered board or chart and an open
 * bid can be linked to, reloaded, and stepped through with Back and Forward — in the desktop app and in the browser.
 * The query is shared: the board's filters, `bid=<id>` for the open bid, and each page's own keys.
 */

export const PAGES = ['today', 'board', 'contacts', 'insights', 'skills', 'settings'] as const;
export type Page = (typeof PAGES)[number];

export interface Address {
  page: Page;
  query: URLSearchParams;
}

export function parseAddress(hash: string): Address {
  const body = hash.replace(/^#/, '');
  const at = body.indexOf('?');
  const route = (at === -1 ? body : body.slice(0, at)).replace(/^\/+/, '').split('/')[0] ?? '';
  const page = (PAGES as readonly string[]).includes(route) ? (route as Page) : 'board';
  return { page, query: new URLSearchParams(at === -1 ? '' : body.slice(at + 1)) };
}

/**
 * The app opened without an address: its home, which is Today once there is data and the board (with its first
 * steps) before. Which of the two is known only once the data is read.
 */
export function isHomeAddress(hash: string): boolean {
  return hash.replace(/^#\/?/, '') === '';
}

export function formatAddress({ page, query }: Address): string {
  const text = query.toString();
  return `#/${page}${text ? `?${text}` : ''}`;
}

/** The address with `change` applied to a copy of its query. */
export function withQuery(address: Address, change: (query: URLSearchParams) => void): Address {
  const query = new URLSearchParams(address.query);
  change(query);
  return { page: address.page, query };
}

/** The bid open in the detail panel, if the address names one. */
export function openBidIn(address: Address): number | null {
  const id = Number(address.query.get('bid'));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * Where a page's link leads: the page as it was last left (its filters), keeping the open bid, so that going to
 * Insights and back finds the board as it was.
 */
export function pageAddress(page: Page, current: Address, lastQueries: ReadonlyMap<Page, string>): Address {
  const query = new URLSearchParams(page === current.page ? current.query : (lastQueries.get(page) ?? ''));
  query.delete('bid');
  const bid = current.query.get('bid');
  if (bid) query.set('bid', bid);
  return { page, query };
}
