/**
 * Which bids the charts look at, worked out once per call: the bids passing the filters go into a temporary
 * table of this connection (`insight_scope`, see scope-table.ts) with what every chart needs of them, their
 * history's summary among it. Each chart then reads that narrow table instead of the bids and their events; the
 * filters are one statement with bound values, written and prepared once whatever the filters.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';
import type { Db } from '../../db/open';
import { BID_HISTORY, timeInStage, WAITING_STAGES } from './history';
import { CREATE_SCOPE, insightScope } from './scope-table';
import { IS_LOST, LATEST_OUTCOME_ID } from './stage-rank';

export type ParsedInsightFilters = ApiParsedInput<'getInsights'>['filters'];

const DAY_MS = 86_400_000;

const param = (name: string) => sql.placeholder(name);

/**
 * Bids created in the date range, of the engagement, agencies and sources chosen; a filter left empty lets every
 * bid through. Archived bids are history like any other and are counted.
 */
const IN_SCOPE: SQL = sql`o.created_at >= ${param('fromMs')} AND o.created_at < ${param('toMs')}
  AND (${param('engagement')} IS NULL OR o.engagement = ${param('engagement')})
  AND (${param('anyAgency')} = 1
    OR o.agency_id IN (SELECT value FROM json_each(${param('agencyIds')}))
    OR (${param('direct')} = 1 AND o.agency_id IS NULL))
  AND (${param('anySource')} = 1 OR o.source IN (SELECT value FROM json_each(${param('sources')})))`;

/** Local day number of an instant column, from the offset bound as `offsetMs`. */
const localDay = (column: string) => sql`CAST((${sql.raw(column)} + ${param('offsetMs')}) / ${sql.raw(String(DAY_MS))} AS INTEGER)`;

/** Completeness 0–100 in four bands of a quarter each; 100 % joins the top band. */
const BRIEF_BAND = sql`min(o.brief_completeness / 25, 3)`;

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

/**
 * The user's UTC offset now. Day and month buckets are counted in it: SQLite's own 'localtime' asks the C library
 * for every row, which took 50 ms for 10,000 bids. A bid added within an hour of midnight at a month's turn, in
 * the other half of a daylight-saving year, may count in the neighbouring month; the charts and the bids listed
 * behind them count it alike.
 */
export function localOffsetMs(now: number): number {
  return -new Date(now).getTimezoneOffset() * 60_000;
}

function scopeParams(filters: ParsedInsightFilters, now: number): Record<string, unknown> {
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
    offsetMs: localOffsetMs(now),
  };
}

/** Fills `insight_scope` for `filters`; call it inside the read transaction the charts are then read in. */
export function createScope(db: Db): (filters: ParsedInsightFilters, now: number) => void {
  db.run(sql.raw(CREATE_SCOPE));
  const clear = db.delete(insightScope).prepare();
  // Columns in the order insightScope declares them. The history is read first and each bid looked up by id:
  // CROSS JOIN keeps SQLite from building an index over the grouped history for the other order.
  const fill = db
    .insert(insightScope)
    .select(
      sql`SELECT o.id, o.agency_id, o.source, o.stage, o.stage = 'won', ${IS_LOST}, ${localDay('o.created_at')}, ${localDay('o.stage_changed_at')},
          o.stage_changed_at, ${BRIEF_BAND}, h.furthest, CASE WHEN ${IS_LOST} THEN ${LATEST_OUTCOME_ID} END,
          ${sql.join(WAITING_STAGES.map(timeInStage), sql`, `)}
        FROM (${BID_HISTORY}) h CROSS JOIN opportunities o ON o.id = h.id
        WHERE ${IN_SCOPE}`,
    )
    .prepare();
  return (filters, now) => {
    clear.run();
    fill.run(scopeParams(filters, now));
  };
}
