import { useCallback, useMemo } from 'react';
import { boardFiltersSchema, type BoardFilters } from '../../../shared/schemas';
import { safeParseInput } from '../../../shared/validation-messages';
import { currentAddress, goTo, useAddress } from '../../app/use-address';

/**
 * The board's filters are kept in the address's query (`#/board?stage=lead&stage=submitted&agency=3`), so that a
 * reload shows the same board, per window, and a filtered board can be linked to.
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

/** The query's keys that hold the board's filters; any other key (the open bid, another page's) is left as it is. */
const FILTER_KEYS = ['q', 'stage', 'agency', 'engagement', 'tag', 'archived'];

/** `query` with its board filters replaced by `filters`. */
export function queryWithFilters(query: URLSearchParams, filters: BoardFilters): URLSearchParams {
  const next = new URLSearchParams(query);
  for (const key of FILTER_KEYS) next.delete(key);
  for (const [key, value] of new URLSearchParams(filtersToQuery(filters))) next.append(key, value);
  return next;
}

/** The board's filters, read from the address and written back to it on every change. */
export function useFiltersInAddress(): [BoardFilters, (filters: BoardFilters) => void] {
  const address = useAddress();
  const query = address.query.toString();
  const filters = useMemo(() => filtersFromQuery(query), [query]);
  // Replaced rather than pushed: narrowing a filter is not a page for the Back button to step through.
  const change = useCallback((next: BoardFilters) => {
    const now = currentAddress();
    goTo({ page: now.page, query: queryWithFilters(now.query, next) }, 'replace');
  }, []);
  return [filters, change];
}
