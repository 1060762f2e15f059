import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bid } from '../../shared/schemas';
import { BidDetailPanel } from '../features/bid-detail/BidDetailPanel';
import { BidFormDialog } from '../features/bid-form/BidFormDialog';
import { BidMovesProvider, useBidMoves } from '../features/board/bid-moves';
import { BoardPage } from '../features/board/BoardPage';
import { ConnectionBanner } from '../features/connection/ConnectionBanner';
import { ContractCountdown } from '../features/contracts/ContractCountdown';
import { FilterBar } from '../features/filters/FilterBar';
import { usePreloadCharts } from '../features/insights/chart-loader';
import { InsightsPage } from '../features/insights/InsightsPage';
import { OutcomePromptProvider } from '../features/outcomes/outcome-prompt';
import { SkillsPage } from '../features/skills/SkillsPage';
import { ContactsPage } from '../features/contacts/ContactsPage';
import { LogInteractionDialog } from '../features/interactions/LogInteractionDialog';
import { SettingsPage } from '../features/settings/SettingsPage';
import { useSettings } from '../features/settings/settings-queries';
import { useBrowserNotifications } from '../features/today/browser-notifications';
import { TodayPage } from '../features/today/TodayPage';
import { useCoreNow, useToday } from '../features/today/today-queries';
import { useFiltersInAddress } from '../features/filters/filters-in-address';
import { ToastProvider } from '../features/toasts/toasts';
import { isHomeAddress, type Page } from './address';
import { useBidPanel } from './bid-panel';
import { KeyHints } from './KeyHints';
import { PAGE_LABELS, PageNav } from './PageNav';
import { goTo, useAddress, useAddressHash } from './use-address';
import { useAppShortcuts } from './use-app-shortcuts';

type FormState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; bid: Bid };

export function App() {
  return (
    <ToastProvider>
      <OutcomePromptProvider>
        <BidMovesProvider>
          <Shell />
        </BidMovesProvider>
      </OutcomePromptProvider>
    </ToastProvider>
  );
}

function Shell() {
  const { page } = useAddress();
  const [filters, setFilters] = useFiltersInAddress();
  const { openBidId, closeBid } = useBidPanel();
  const [form, setForm] = useState<FormState>({ mode: 'closed' });
  const searchRef = useRef<HTMLInputElement>(null);
  const { undoLast } = useBidMoves();
  const [logging, setLogging] = useState(false);
  const openCreate = useCallback(() => setForm({ mode: 'create' }), []);
  const openLog = useCallback(() => setLogging(true), []);
  const focusSearch = useCallback(() => searchRef.current?.focus(), []);
  useAppShortcuts({ undoLast, openCreate, openLog, focusSearch: page === 'board' ? focusSearch : undefined });
  usePageArrival(page);
  usePreloadCharts();
  const today = useToday();
  const now = useCoreNow();
  const settings = useSettings();
  useBrowserNotifications(today.data, settings.data?.notifications ?? false);
  // Today cannot be read (the host down): home is the board, which says so in its own words.
  const home = useHome(today.isError && !today.data ? false : today.data?.hasData);

  return (
    <div className={`app${openBidId !== null ? ' app-with-detail' : ''}`}>
      <header className="app-header">
        <h1>Stint</h1>
        <PageNav today={today.data} />
        <span className="spacer" />
        <ContractCountdown />
        <button type="button" className="primary" onClick={openCreate}>
          New bid
        </button>
        {/* A row of its own under the nav, so that the filters keep one line at 1280 pixels. */}
        {page === 'board' && <FilterBar filters={filters} onChange={setFilters} searchRef={searchRef} />}
      </header>
      <main className="app-main">
        <ConnectionBanner />
        {home === 'deciding' ? null : (
          <>
            {page === 'today' && <TodayPage />}
            {page === 'board' && <BoardPage filters={filters} onFiltersChange={setFilters} onAddBid={openCreate} />}
            {page === 'contacts' && <ContactsPage />}
            {page === 'insights' && <InsightsPage />}
            {page === 'skills' && <SkillsPage />}
            {page === 'settings' && <SettingsPage />}
          </>
        )}
      </main>
      {openBidId !== null && <BidDetailPanel id={openBidId} onClose={closeBid} onEdit={(bid) => setForm({ mode: 'edit', bid })} />}
      <footer className="app-footer">
        <KeyHints page={page} />
      </footer>
      {logging && <LogInteractionDialog now={now} onClose={() => setLogging(false)} />}
      {form.mode !== 'closed' && (
        <BidFormDialog
          {...(form.mode === 'edit' ? { bid: form.bid } : {})}
          onClose={() => setForm({ mode: 'closed' })}
          onSaved={() => setForm({ mode: 'closed' })}
        />
      )}
    </div>
  );
}

/**
 * The app opened at its bare address goes to its home: Today once there is any bid or contact, else the board
 * with its first steps. Until the core has said which, the page waits rather than flashing the wrong one.
 */
function useHome(hasData: boolean | undefined): 'deciding' | 'decided' {
  const atHome = isHomeAddress(useAddressHash());
  useEffect(() => {
    if (atHome && hasData !== undefined) goTo({ page: hasData ? 'today' : 'board', query: new URLSearchParams() }, 'replace');
  }, [atHome, hasData]);
  return atHome ? 'deciding' : 'decided';
}

/** On arriving at another page: its name in the window title, and focus on its heading for screen readers. */
function usePageArrival(page: Page): void {
  const first = useRef(true);
  useEffect(() => {
    document.title = `${PAGE_LABELS[page]} · Stint`;
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, [page]);
}
