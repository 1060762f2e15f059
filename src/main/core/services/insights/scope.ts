/**
 * Which bids the charts look at: the filters as one SQL condition on `o` (opportunities) with bound values, so
 * that every chart's statement is written and prepared once, whatever the filters.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';

export type ParsedInsightFilters = ApiParsedInput<'getInsights'>['filters'];

/** The values `IN_SCOPE` reads, named as its placeholders. */
export interface ScopeParams {
  fromMs: number;
  toMs: number;
  engagement: string | null;
  anyAgency: 0 | 1;
  agencyIds: string;
  direct: 0 | 1;
  anySource: 0 | 1;
  sources: string;
  [name: string]: unknown;
}

const param = (name: keyof ScopeParams & string) => sql.placeholder(name);

/**
 * Bids created in the date range, of the engagement, agencies and sources chosen; a filter left empty lets every
 * bid through. Archived bids are history like any other and are counted.
 */
export const IN_SCOPE: SQL = sql`(o.created_at >= ${param('fromMs')} AND o.created_at < ${param('toMs')}
  AND (${param('engagement')} IS NULL OR o.engagement = ${param('engagement')})
  AND (${param('anyAgency')} = 1
    OR o.agency_id IN (SELECT value FROM json_each(${param('agencyIds')}))
    OR (${param('direct')} = 1 AND o.agency_id IS NULL))
  AND (${param('anySource')} = 1 OR o.source IN (SELECT value FROM json_each(${param('sources')}))))`;

/** Midnight at the start of a `YYYY-MM-DD` day in local time: the core runs on the user's machine, in their zone. */
export function localMidnight(isoDate: string, plusDays = 0): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + plusDays).getTime();
}

/** Today's date, `YYYY-MM-DD`, in local time. */
export function localDate(at: number): string {
  const date = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function scopeParams(filters: ParsedInsightFilters): ScopeParams {
  const agencies = filters.agencies ?? [];
  const agencyIds = agencies.filter((agency) => agency !== 'direct');
  const sources = filters.sources ?? [];
  return {
    fromMs: filters.from ? localMidnight(filters.from) : Number.MIN_SAFE_INTEGER,
    // The range's last day is included: it ends at the next midnight.
    toMs: filters.to ? localMidnight(filters.to, 1) : Number.MAX_SAFE_INTEGER,
    engagement: filters.engagement ?? null,
    anyAgency: agencies.length === 0 ? 1 : 0,
    agencyIds: JSON.stringify(agencyIds),
    direct: agencies.includes('direct') ? 1 : 0,
    anySource: sources.length === 0 ? 1 : 0,
    sources: JSON.stringify(sources),
  };
}
