/**
 * Which bids the charts look at: the rows of `bid_facts` (see db/schema/insights.ts), named `s`, that pass the
 * filters. Every chart adds `IN_SCOPE` to its own statement, prepared once whatever the filters; the filters'
 * values are bound each call (`scopeParams`).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';

export type ParsedInsightFilters = ApiParsedInput<'getInsights'>['filters'];
/** The filters' values, bound to the placeholders of `IN_SCOPE`. */
export type ScopeParams = Record<string, unknown>;

const param = (name: string) => sql.placeholder(name);

/**
 * Bids created in the date range, of the engagement, agencies and sources chosen; a filter left empty lets every
 * bid through. Archived bids are history like any other and are counted. The columns it reads close every
 * covering index on `bid_facts`, so that a chart reading one never looks up the row.
 */
export const IN_SCOPE: SQL = sql`s.created_at >= ${param('fromMs')} AND s.created_at < ${param('toMs')}
  AND (${param('engagement')} IS NULL OR s.engagement = ${param('engagement')})
  AND (${param('anyAgency')} = 1
    OR s.agency_id IN (SELECT value FROM json_each(${param('agencyIds')}))
    OR (${param('direct')} = 1 AND s.agency_id IS NULL))
  AND (${param('anySource')} = 1 OR s.source IN (SELECT value FROM json_each(${param('sources')})))`;

/** Completeness 0–100 in four bands of a quarter each; 100 % joins the top band. */
export const briefBand = (completeness: SQL) => sql`min(${completeness} / 25, 3)`;

/** Midnight at the start of a `YYYY-MM-DD` day in local time: the core runs on the user's machine, in their zone. */
export function localMidnight(isoDate: string, plusDays = 0): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + plusDays).getTime();
}

/** A date, `YYYY-MM-DD`, in local time. */
export function localDate(at: number): string {
  const date = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function scopeParams(filters: ParsedInsightFilters): ScopeParams {
  const agencies = filters.agencies ?? [];
  const sources = filters.sources ?? [];
  return {
    fromMs: filters.from ? localMidnight(filters.from) : Number.MIN_SAFE_INTEGER,
    // The range's last day is included: it ends at the next midnight.
    toMs: filters.to ? localMidnight(filters.to, 1) : Number.MAX_SAFE_INTEGER,
    engagement: filters.engagement ?? null,
    anyAgency: agencies.length === 0 ? 1 : 0,
    agencyIds: JSON.stringify(agencies.filter((agency) => agency !== 'direct')),
    direct: agencies.includes('direct') ? 1 : 0,
    anySource: sources.length === 0 ? 1 : 0,
    sources: JSON.stringify(sources),
  };
}
