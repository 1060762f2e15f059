import { useCallback, useMemo } from 'react';
import { insightFiltersSchema, type InsightFilters } from '../../../shared/schemas';
import { safeParseInput } from '../../../shared/validation-messages';
import { currentAddress, goTo, useAddress } from '../../app/use-address';

/**
 * The Insights filters live in the address's query (`#/insights?from=2025-01-01&agency=3&source=referral`), so
 * that a reload keeps them and a filtered chart can be linked to.
 */
const FILTER_KEYS = ['from', 'to', 'engagement', 'agency', 'source'];

export function insightFiltersToQuery(filters: InsightFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.engagement) params.set('engagement', filters.engagement);
  for (const agency of filters.agencies ?? []) params.append('agency', String(agency));
  for (const source of filters.sources ?? []) params.append('source', source);
  return params;
}

/** The filters in `query`; a part that does not parse (an address edited by hand) is dropped, the rest kept. */
export function insightFiltersFromQuery(query: URLSearchParams): InsightFilters {
  const candidate: Record<string, unknown> = {};
  const set = (key: keyof InsightFilters, value: unknown) => {
    if (value !== null && !(Array.isArray(value) && value.length === 0)) candidate[key] = value;
  };
  set('from', query.get('from'));
  set('to', query.get('to'));
  set('engagement', query.get('engagement'));
  set('agencies', query.getAll('agency').map((agency) => (agency === 'direct' ? agency : Number(agency))));
  set('sources', query.getAll('source'));
  // Each pass drops the fields that were refused, so it ends within one pass per field.
  for (let pass = 0; pass <= Object.keys(candidate).length; pass += 1) {
    const parsed = safeParseInput(insightFiltersSchema, candidate);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) delete candidate[String(issue.path[0])];
  }
  return {};
}

/** `query` with its Insights filters replaced by `filters`; other keys (the open bid) are kept. */
export function queryWithInsightFilters(query: URLSearchParams, filters: InsightFilters): URLSearchParams {
  const next = new URLSearchParams(query);
  for (const key of FILTER_KEYS) next.delete(key);
  for (const [key, value] of insightFiltersToQuery(filters)) next.append(key, value);
  return next;
}

/** The Insights filters, read from the address and written back to it (replacing, not adding a Back step). */
export function useInsightFilters(): [InsightFilters, (filters: InsightFilters) => void] {
  const query = useAddress().query.toString();
  const filters = useMemo(() => insightFiltersFromQuery(new URLSearchParams(query)), [query]);
  const change = useCallback((next: InsightFilters) => {
    const now = currentAddress();
    goTo({ page: now.page, query: queryWithInsightFilters(now.query, next) }, 'replace');
  }, []);
  return [filters, change];
}
