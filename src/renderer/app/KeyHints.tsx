import { PAGES, type Page } from './address';
import { PAGE_KEYS } from './page-keys';
import { PAGE_LABELS } from './PageNav';

/** The keys that work on this page, in one line under it. */
export function KeyHints({ page }: { page: Page }) {
  return (
    <p id="board-keys" className="key-hint muted">
      Keys:{' '}
      {page === 'board' && (
        <>
          <kbd>↑</kbd> <kbd>↓</kbd> <kbd>←</kbd> <kbd>→</kbd> move between cards · <kbd>Shift</kbd>+<kbd>←</kbd>/<kbd>→</kbd> move a bid to the
          previous or next stage · <kbd>M</kbd> move to… · <kbd>Enter</kbd> open · <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo a move · <kbd>/</kbd> search ·{' '}
        </>
      )}
      <kbd>N</kbd> new bid · <kbd>L</kbd> log an interaction
      {PAGES.map((target) => (
        <span key={target}>
          {' '}
          · <kbd>G</kbd> <kbd>{PAGE_KEYS[target].toUpperCase()}</kbd> {PAGE_LABELS[target]}
        </span>
      ))}
    </p>
  );
}
