/**
 * Which bids the charts look at, worked out once per call: the bids passing the filters go into a temporary
 * table of this connection (`insight_scope`) with what every chart needs of them, the furthest stage from their
 * history among it. Each chart then reads that narrow table instead of the bids themselves; the filters are one
 * statement with bound values, written and prepared once whatever the filters.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/open';
import { IS_LOST, LATEST_OUTCOME_ID, furthestRank } from './stage-rank';

export type ParsedInsightFilters = ApiParsedInput<'getInsights'>['filters'];

const DAY_MS = 86_400_000;

/**
 * One row per bid in scope. Days are local day numbers (days since 1 January 1970 in the user's time zone, see
 * `localOffsetMs`): `created_day` when the bid was added, `closed_day` when it entered its current stage, which
 * for a won or lost bid is when it was decided. `outcome_id` is a lost bid's latest rejection outcome.
 */
const CREATE_SCOPE = `CREATE TEMP TABLE IF NOT EXISTS insight_scope (
  id INTEGER PRIMARY KEY, agency_id INTEGER, source TEXT NOT NULL, stage TEXT NOT NULL, won INTEGER NOT NULL, lost INTEGER NOT NULL,
  created_day INTEGER NOT NULL, closed_day INTEGER NOT NULL, closed_at INTEGER NOT NULL, band INTEGER NOT NULL,
  furthest INTEGER, outcome_id INTEGER)`;

/** The table as queries see it; drizzle-kit never reads this file, so it is not part of the schema. */
const insightScope = sqliteTable('insight_scope', {
  id: integer('id').primaryKey(),
  agencyId: integer('agency_id'),
  source: text('source').notNull(),
  stage: text('stage').notNull(),
  won: integer('won').notNull(),
  lost: integer('lost').notNull(),
  createdDay: integer('created_day').notNull(),
  closedDay: integer('closed_day').notNull(),
  closedAt: integer('closed_at').notNull(),
  band: integer('band').notNull(),
  furthest: integer('furthest'),
  outcomeId: integer('outcome_id'),
});

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
  const fill = db
    .insert(insightScope)
    .select(
      db
        .select({
          id: sql`o.id`.as('id'),
          agencyId: sql`o.agency_id`.as('agency_id'),
          source: sql`o.source`.as('source'),
          stage: sql`o.stage`.as('stage'),
          won: sql`o.stage = 'won'`.as('won'),
          lost: sql`${IS_LOST}`.as('lost'),
          createdDay: sql`${localDay('o.created_at')}`.as('created_day'),
          closedDay: sql`${localDay('o.stage_changed_at')}`.as('closed_day'),
          closedAt: sql`o.stage_changed_at`.as('closed_at'),
          band: sql`${BRIEF_BAND}`.as('band'),
          furthest: sql`${furthestRank(sql`o.id`)}`.as('furthest'),
          outcomeId: sql`CASE WHEN ${IS_LOST} THEN ${LATEST_OUTCOME_ID} END`.as('outcome_id'),
        })
        .from(sql`opportunities o`)
        .where(IN_SCOPE),
    )
    .prepare();
  return (filters, now) => {
    clear.run();
    fill.run(scopeParams(filters, now));
  };
}
