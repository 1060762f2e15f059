import { formatAddress, pageAddress, PAGES, type Page } from './address';
import { PAGE_KEYS } from './page-keys';
import { lastQueryOf, useAddress } from './use-address';

export const PAGE_LABELS: Record<Page, string> = { board: 'Board', insights: 'Insights', skills: 'Skills' };

/** The app's pages as links: a page opens as it was last left, and the open bid stays open. */
export function PageNav() {
  const address = useAddress();
  return (
    <nav className="page-nav" aria-label="Pages">
      <ul>
        {PAGES.map((page) => (
          <li key={page}>
            <a
              href={formatAddress(pageAddress(page, address, lastQueryOf()))}
              aria-current={page === address.page ? 'page' : undefined}
              aria-keyshortcuts={`G ${PAGE_KEYS[page].toUpperCase()}`}
              title={`${PAGE_LABELS[page]} (G then ${PAGE_KEYS[page].toUpperCase()})`}
            >
              {PAGE_LABELS[page]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
