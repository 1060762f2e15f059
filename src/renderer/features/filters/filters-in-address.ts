import { useCallback, useEffect, useState } from 'react';
import { boardFiltersSchema, type BoardFilters } from '../../../shared/schemas';
import { safeParseInput } from '../../../shared/validation-messages';

/**
 * The board's filters are kept in the query of the address's hash (`#?stage=lead&stage=submitted&agency=3`), so
 * that a reload shows the same board, per window. Only the part after `?` is the filters': a page route before
 * it (`#/board?…`, once the app has pages) is left as it is.
 */

export function filtersToQuery(filters: BoardFilters): string {
  const params = new URLSearchParams();
  if (filters.text) params.set('q', filters.text);
  for (const stage of filters.stages ?? []) params.append('stage', stage);
  for (const agency of filters.agencies ?? []) params.append('agency', String(agency));
  if (filters.engagement) params.set('engagement', filters.engagement);
  for (const tag of filters.tags ?? []) params.append('tag', tag);
  if (filters.archived) params.set('archived', '1');
  return params.toString();
}

/** The filters in `query`. A part that does not parse (an address edited by hand, an agency id as text) is dropped. */
export function filtersFromQuery(query: string): BoardFilters {
  const params = new URLSearchParams(query);
  const candidate: Record<string, unknown> = {};
  const set = (key: keyof BoardFilters, value: unknown) => {
    if (value !== null && !(Array.isArray(value) && value.length === 0)) candidate[key] = value;
  };
  set('text', params.get('q'));
  set('stages', params.getAll('stage'));
  set('agencies', params.getAll('agency').map((agency) => (agency === 'direct' ? agency : Number(agency))));
  set('engagement', params.get('engagement'));
  set('tags', params.getAll('tag'));
  if (params.get('archived') === '1') candidate.archived = true;

  // Each pass drops the fields that were refused, so it ends within one pass per field.
  for (let pass = 0; pass <= Object.keys(candidate).length; pass += 1) {
    const parsed = safeParseInput(boardFiltersSchema, candidate);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) delete candidate[String(issue.path[0])];
  }
  return {};
}

function splitHash(hash: string): { route: string; query: string } {
  const body = hash.replace(/^#/, '');
  const at = body.indexOf('?');
  return at === -1 ? { route: body, query: '' } : { route: body.slice(0, at), query: body.slice(at + 1) };
}

/** `hash` with its query replaced by `filters` (none when there are no filters), its route kept. */
export function hashWithFilters(hash: string, filters: BoardFilters): string {
  const { route } = splitHash(hash);
  const query = filtersToQuery(filters);
  if (query) return `#${route}?${query}`;
  return route ? `#${route}` : '';
}

export function filtersInHash(hash: string): BoardFilters {
  return filtersFromQuery(splitHash(hash).query);
}

/** The board's filters, read from the address and written back to it on every change. */
export function useFiltersInAddress(): [BoardFilters, (filters: BoardFilters) => void] {
  const [filters, setFilters] = useState(() => filtersInHash(window.location.hash));

  // Back, forward or an address edited by hand.
  useEffect(() => {
    const onHashChange = () => setFilters(filtersInHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const change = useCallback((next: BoardFilters) => {
    setFilters(next);
    // Replaced rather than pushed: narrowing a filter is not a page for the Back button to step through.
    const { pathname, search, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${hashWithFilters(hash, next)}`);
  }, []);

  return [filters, change];
}
