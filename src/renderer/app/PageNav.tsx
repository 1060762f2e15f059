import { formatAddress, pageAddress, PAGES, type Page } from './address';
import { PAGE_KEYS } from './page-keys';
import { lastQueryOf, useAddress } from './use-address';
import type { Today } from '../../shared/schemas';

export const PAGE_LABELS: Record<Page, string> = {
  today: 'Today',
  board: 'Board',
  contacts: 'Contacts',
  insights: 'Insights',
  skills: 'Skills',
  settings: 'Settings',
};

/** How many reminders want answering now: overdue, and due today. */
function dueNow(today: Today | undefined): { overdue: number; due: number } {
  return { overdue: today?.counts.overdue ?? 0, due: (today?.counts.overdue ?? 0) + (today?.counts.today ?? 0) };
}

/** The app's pages as links: a page opens as it was last left, and the open bid stays open. Today shows what is due. */
export function PageNav({ today }: { today: Today | undefined }) {
  const address = useAddress();
  const { overdue, due } = dueNow(today);
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
              {page === 'today' && due > 0 && (
                <>
                  {' '}
                  <span className={`nav-count${overdue > 0 ? ' nav-count-overdue' : ''}`} aria-hidden="true">
                    {due}
                  </span>
                  <span className="visually-hidden">{overdue > 0 ? `${due} due, ${overdue} overdue` : `${due} due`}</span>
                </>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
