import { useVirtualizer } from '@tanstack/react-virtual';
import { startOfDay } from 'date-fns';
import { useDeferredValue, useEffect, useRef } from 'react';
import { CONTACT_KIND_LABELS, CONTACT_KINDS, type ContactKind } from '../../../shared/domain';
import { CONTACT_SORTS, type ContactSort, type ContactsQuery } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { EnumOptions } from '../../components/EnumOptions';
import { formatAddress, withQuery } from '../../app/address';
import { currentAddress, goTo, useAddress } from '../../app/use-address';
import { Loading } from '../connection/Loading';
import { contactFiltersFrom, writeContactFilters, type ContactFilters } from './contacts-in-address';
import { useCoreNow } from '../today/today-queries';
import { useContactList, usePeopleCount } from './contacts-queries';
import { daysSince, dueIn } from './days-since';
import { countOf } from '../../app/counts';

const SORT_LABELS: Record<ContactSort, string> = { nextDue: 'Next due', name: 'Name', organisation: 'Organisation', lastContact: 'Last contact (longest ago first)' };
const ROW_HEIGHT = 56;

/** Every contact, key partners first: searched, filtered and sorted by the core, drawn only where visible. */
export function ContactList({ onAdd }: { onAdd: () => void }) {
  const now = useCoreNow();
  const address = useAddress();
  const filters = contactFiltersFrom(address.query);
  // A contact opens with the list's address kept under it, so that "All contacts" comes back to the list as it was.
  const contactHref = (id: number) => formatAddress(withQuery(address, (query) => query.set('contact', String(id))));
  const { text, contactKind, keyPartnersOnly, overdueOnly, sort } = filters;
  const change = (next: Partial<ContactFilters>) => goTo(withQuery(currentAddress(), (query) => writeContactFilters(query, { ...filters, ...next })), 'replace');
  const query: ContactsQuery = { query: useDeferredValue(text.trim()), contactKind, keyPartnersOnly, overdueOnly, sort };
  const list = useContactList(query);
  const count = usePeopleCount();
  const rows = list.data?.pages.flatMap((page) => page.rows) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const lastVisible = items[items.length - 1]?.index ?? -1;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  useEffect(() => {
    if (lastVisible >= rows.length - 1 && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [lastVisible, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const filtered = query.query !== '' || contactKind !== null || keyPartnersOnly || overdueOnly;
  const noneAtAll = count.data?.contacts === 0;

  return (
    <>
      <div className="contacts-filters" role="search" aria-label="Find contacts">
        <input type="search" aria-label="Search contacts" placeholder="Search name, organisation or title" value={text} onChange={(event) => change({ text: event.target.value })} />
        <label>
          Kind{' '}
          <select value={contactKind ?? ''} onChange={(event) => change({ contactKind: (event.target.value || null) as ContactKind | null })}>
            <option value="">Any</option>
            <EnumOptions values={CONTACT_KINDS} labels={CONTACT_KIND_LABELS} />
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={keyPartnersOnly} onChange={(event) => change({ keyPartnersOnly: event.target.checked })} />
          Key partners
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={overdueOnly} onChange={(event) => change({ overdueOnly: event.target.checked })} />
          Overdue
        </label>
        <label>
          Sort by{' '}
          <select value={sort} onChange={(event) => change({ sort: event.target.value as ContactSort })}>
            <EnumOptions values={CONTACT_SORTS} labels={SORT_LABELS} />
          </select>
        </label>
        <span className="muted" aria-live="polite">
          {list.data ? countOf(total, 'contact') : ''}
        </span>
      </div>
      {list.isError && (
        <p className="form-error" role="alert">
          {failureMessage(list.error)}
        </p>
      )}
      {!list.data && !list.isError && <Loading what="your contacts" />}
      {list.data && total === 0 && noneAtAll && (
        <div className="contacts-empty">
          <h3>No contacts yet</h3>
          <p>
            Recruiters and hiring managers you name on a bid are added here. Add the few recruiters you work with most, mark them as key partners, and Stint
            will remind you to keep in touch.
          </p>
          <button type="button" className="primary" onClick={onAdd}>
            Add a contact
          </button>
        </div>
      )}
      {list.data && total === 0 && !noneAtAll && <p className="muted contacts-empty">{filtered ? 'No contact matches these filters.' : 'No contacts.'}</p>}
      {total > 0 && (
        <div className="contact-table" role="table" aria-label="Contacts" aria-rowcount={total + 1}>
          <div className="contact-row contact-head" role="row" aria-rowindex={1}>
            <span role="columnheader">Name</span>
            <span role="columnheader">Organisation</span>
            <span role="columnheader">Kind</span>
            <span role="columnheader">Last contact</span>
            <span role="columnheader">Next due</span>
          </div>
          <div ref={scrollRef} className="contact-scroll" role="rowgroup">
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {items.map((item) => {
                const row = rows[item.index];
                return (
                  <div
                    key={item.key}
                    className="contact-row"
                    role="row"
                    aria-rowindex={item.index + 2}
                    style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                  >
                    {row ? (
                      <>
                        <span role="cell" className="contact-name">
                          <a href={contactHref(row.id)}>{row.name}</a>
                          {row.keyPartner && <span className="badge">Key partner</span>}
                          {row.title && <span className="muted contact-title">{row.title}</span>}
                        </span>
                        <span role="cell">{row.organisation?.name ?? '—'}</span>
                        <span role="cell">{row.contactKind ? CONTACT_KIND_LABELS[row.contactKind] : '—'}</span>
                        <span role="cell">{daysSince(row.lastContactAt, now)}</span>
                        <span role="cell" className={row.nextDueAt !== null && row.nextDueAt < startOfDay(now).getTime() ? 'overdue' : ''}>
                          {dueIn(row.nextDueAt, now) || '—'}
                        </span>
                      </>
                    ) : (
                      <span role="cell" className="muted">
                        Loading…
                      </span>
                    )}
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
    </>
  );
}
