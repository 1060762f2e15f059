/**
 * Which bids the charts look at: the rows of `bid_facts` (see db/schema/insights.ts), named `s`, that pass the
 * filters. A statement holds only the conditions of the filters set, so that with none set SQLite reads the
 * index and nothing else; one is prepared for each combination of filters met (`prepareScopedRows`), and the
 * filters' values are bound each call.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';
import { localTimeOn } from '../contracts/calendar-days';

export type ParsedInsightFilters = ApiParsedInput<'getInsights'>['filters'];

/** The filters of one call: which are set (`shape`, a key of the statements to use) and their values. */
export interface Scope {
  shape: string;
  params: Record<string, unknown>;
}

const param = (name: string) => sql.placeholder(name);
const json = (name: string) => sql`(SELECT value FROM json_each(${param(name)}))`;

/** Each filter's letter in a shape, and its condition. */
const CONDITIONS = {
  f: sql`s.created_at >= ${param('fromMs')}`,
  t: sql`s.created_at < ${param('toMs')}`,
  e: sql`s.engagement = ${param('engagement')}`,
  a: sql`s.agency_id IN ${json('agencyIds')}`,
  d: sql`s.agency_id IS NULL`,
  ad: sql`(s.agency_id IN ${json('agencyIds')} OR s.agency_id IS NULL)`,
  s: sql`s.source IN ${json('sources')}`,
} satisfies Record<string, SQL>;

/**
 * Bids created in the date range, of the engagement, agencies (a list that may hold "direct") and sources
 * chosen; a filter left empty lets every bid through. Archived bids are history like any other and are counted.
 * The columns read close every covering index on `bid_facts`, so that a chart reading one never looks a row up.
 */
export function inScope(shape: string): SQL {
  const agencies = shape.includes('a') && shape.includes('d') ? 'ad' : shape.includes('a') ? 'a' : shape.includes('d') ? 'd' : null;
  const letters = [...shape].filter((letter) => letter !== 'a' && letter !== 'd') as ('f' | 't' | 'e' | 's')[];
  const conditions = [...letters.map((letter) => CONDITIONS[letter]), ...(agencies ? [CONDITIONS[agencies]] : [])];
  return conditions.length === 0 ? sql`1` : sql.join(conditions, sql` AND `);
}

export function scopeOf(filters: ParsedInsightFilters): Scope {
  const agencyIds = (filters.agencies ?? []).filter((agency) => agency !== 'direct');
  const sources = filters.sources ?? [];
  const set = {
    f: filters.from !== undefined,
    t: filters.to !== undefined,
    e: filters.engagement !== undefined,
    a: agencyIds.length > 0,
    d: filters.agencies?.includes('direct') ?? false,
    s: sources.length > 0,
  };
  return {
    shape: Object.entries(set)
      .filter(([, isSet]) => isSet)
      .map(([letter]) => letter)
      .join(''),
    params: {
      fromMs: filters.from ? localTimeOn(filters.from) : null,
      // The range's last day is included: it ends at the next midnight.
      toMs: filters.to ? localTimeOn(filters.to, 1) : null,
      engagement: filters.engagement ?? null,
      agencyIds: JSON.stringify(agencyIds),
      sources: JSON.stringify(sources),
    },
  };
}

/** Completeness 0–100 in four bands of a quarter each; 100 % joins the top band. */
export const briefBand = (completeness: SQL) => sql`min(${completeness} / 25, 3)`;
