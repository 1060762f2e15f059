/**
 * The Contacts list's search, filters and sort live in the address (`#/contacts?q=hays&kind=recruiter&key=1`), as
 * the board's do: a contact opened and closed again, Back, or a reload finds the list as it was left.
 */
import { CONTACT_KINDS, type ContactKind } from '../../../shared/domain';
import { CONTACT_SORTS, type ContactSort } from '../../../shared/schemas';

export interface ContactFilters {
  text: string;
  contactKind: ContactKind | null;
  keyPartnersOnly: boolean;
  overdueOnly: boolean;
  sort: ContactSort;
}

export function contactFiltersFrom(query: URLSearchParams): ContactFilters {
  const kind = query.get('kind');
  const sort = query.get('sort');
  return {
    text: query.get('q') ?? '',
    contactKind: (CONTACT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ContactKind) : null,
    keyPartnersOnly: query.get('key') === '1',
    overdueOnly: query.get('overdue') === '1',
    sort: (CONTACT_SORTS as readonly string[]).includes(sort ?? '') ? (sort as ContactSort) : 'nextDue',
  };
}

/** Writes `filters` into `query`, leaving out what is at its default so that addresses stay short. */
export function writeContactFilters(query: URLSearchParams, filters: ContactFilters): void {
  const set = (key: string, value: string | null) => (value ? query.set(key, value) : query.delete(key));
  set('q', filters.text);
  set('kind', filters.contactKind);
  set('key', filters.keyPartnersOnly ? '1' : null);
  set('overdue', filters.overdueOnly ? '1' : null);
  set('sort', filters.sort === 'nextDue' ? null : filters.sort);
}
