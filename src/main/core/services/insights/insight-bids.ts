/**
 * The bids behind one bar or point of a chart. Each chart's condition here is the one its numbers were counted
 * with (the same SQL pieces), so that a bar of 12 lists those 12 bids.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';
import { OPEN_STAGES, WAITING_STAGES } from '../../../../shared/domain';
import { INSIGHT_BIDS_LIMIT, type InsightBids } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { monthBounds } from './monthly';
import { prepareScopedRows, type ScopedRows } from './prepared';
import { localDateAt } from '../contracts/calendar-days';
import { briefBand, type Scope } from './scope';

type Point = ApiParsedInput<'getInsightBids'>['point'];
type Row = Omit<InsightBids['bids'][number], 'on'> & { on: number | string; total: number };

interface PointQuery {
  dateLabel: string;
  /** What each listed bid is placed by: an instant, or with `onIsDate` a calendar date. */
  on: SQL;
  onIsDate?: true;
  /** Which of the bids in scope (`s`, rows of bid_facts) are behind the point. */
  condition: SQL;
  /** Bench time looks at contracts, which the bid filters do not apply to: any bid, as `o`. */
  unscoped?: true;
}

const p = (name: string) => sql.placeholder(name);
const CREATED = sql`s.created_at`;
const CLOSED = sql`s.stage_changed_at`;
const REACHED_STEP = sql`s.furthest >= ${p('rank')}`;
const IN_MONTH = (column: SQL) => sql`${column} >= ${p('monthStart')} AND ${column} < ${p('monthEnd')}`;
const HAS_GAP = sql`FROM interviews i WHERE i.opportunity_id = s.opportunity_id AND i.feedback_rating - i.self_rating = ${p('gap')}`;
/** The time a bid spent in the stage bound as `stage`, on the visits it left (null: it never left it). */
const TIME_IN_STAGE = sql`CASE ${p('stage')} ${sql.raw(WAITING_STAGES.map((stage) => `WHEN '${stage}' THEN s.${stage}_ms`).join(' '))} END`;

/** The statement for each kind of point; `agency` reads which variant from its parameters. */
const POINT_QUERIES = {
  reason: {
    dateLabel: 'Closed on',
    on: CLOSED,
    condition: sql`s.closed = 'lost' AND EXISTS (SELECT 1 FROM outcome_reasons orr WHERE orr.outcome_id = s.outcome_id AND orr.reason_id = ${p('reason')})`,
  },
  noReason: {
    dateLabel: 'Closed on',
    on: CLOSED,
    condition: sql`s.closed = 'lost' AND NOT EXISTS (SELECT 1 FROM outcome_reasons orr WHERE orr.outcome_id = s.outcome_id)`,
  },
  stageReached: { dateLabel: 'Closed on', on: CLOSED, condition: sql`s.closed = 'lost' AND s.reached = ${p('rank')}` },
  funnel: { dateLabel: 'Created on', on: CREATED, condition: REACHED_STEP },
  agency: {
    dateLabel: 'Created on',
    on: CREATED,
    condition: sql`${REACHED_STEP} AND CASE ${p('mode')}
      WHEN 'direct' THEN s.agency_id IS NULL
      WHEN 'other' THEN s.agency_id IS NOT NULL AND s.agency_id NOT IN (SELECT value FROM json_each(${p('shown')}))
      ELSE s.agency_id = ${p('agency')} END`,
  },
  source: { dateLabel: 'Created on', on: CREATED, condition: sql`${REACHED_STEP} AND s.source = ${p('source')}` },
  monthlyBids: { dateLabel: 'Created on', on: CREATED, condition: IN_MONTH(CREATED) },
  monthlyRejections: { dateLabel: 'Closed on', on: CLOSED, condition: sql`s.closed = 'lost' AND ${IN_MONTH(CLOSED)}` },
  monthlyWins: { dateLabel: 'Won on', on: CLOSED, condition: sql`s.closed = 'won' AND ${IN_MONTH(CLOSED)}` },
  calibration: {
    dateLabel: 'Interview on',
    on: sql`(SELECT max(i.starts_at) ${HAS_GAP})`,
    condition: sql`EXISTS (SELECT 1 ${HAS_GAP})`,
  },
  brief: {
    dateLabel: 'Decided on',
    on: CLOSED,
    condition: sql`${briefBand(sql`s.brief_completeness`)} = ${p('band')} AND s.closed = ${p('outcome')}`,
  },
  timeInStage: {
    dateLabel: 'Created on',
    on: CREATED,
    condition: sql`${TIME_IN_STAGE} IS NOT NULL`,
  },
  bench: {
    dateLabel: 'Contract starts',
    on: sql`(SELECT c.start_on FROM contracts c WHERE c.opportunity_id = o.id)`,
    onIsDate: true,
    condition: sql`o.id IN (SELECT c.opportunity_id FROM contracts c WHERE c.id IN (SELECT value FROM json_each(${p('contracts')})))`,
    unscoped: true,
  },
} satisfies Record<string, PointQuery>;

export type PointQueryKey = keyof typeof POINT_QUERIES;

const MONTHLY_QUERIES = { bids: 'monthlyBids', rejections: 'monthlyRejections', wins: 'monthlyWins' } as const;

/** Which statement lists `point`, and its own parameters (the filters' are added by the caller). */
export function pointQueryOf(point: Point): { key: PointQueryKey; params: Record<string, unknown> } {
  switch (point.chart) {
    case 'reasons':
      return point.reason === 'none' ? { key: 'noReason', params: {} } : { key: 'reason', params: { reason: point.reason } };
    case 'stageReached':
      return { key: 'stageReached', params: { rank: rankOfAny(point.stage) } };
    case 'funnel':
      return { key: 'funnel', params: { rank: rankOfAny(point.stage) } };
    case 'agency':
      return {
        key: 'agency',
        params: {
          rank: rankOfAny(point.step),
          mode: typeof point.agency === 'number' ? 'id' : point.agency,
          agency: typeof point.agency === 'number' ? point.agency : null,
          // The agencies named in the chart, filled in by the caller for "other".
          shown: '[]',
        },
      };
    case 'source':
      return { key: 'source', params: { rank: rankOfAny(point.step), source: point.source } };
    case 'monthly': {
      const { start, end } = monthBounds(point.month);
      return { key: MONTHLY_QUERIES[point.series], params: { monthStart: start, monthEnd: end } };
    }
    case 'calibration':
      return { key: 'calibration', params: { gap: point.gap } };
    case 'brief':
      return { key: 'brief', params: { band: point.band, outcome: point.outcome } };
    case 'timeInStage':
      return { key: 'timeInStage', params: { stage: point.stage } };
    case 'bench':
      return { key: 'bench', params: { contracts: '[]' } };
  }
}

/** The rank of a stage; a closed stage, which nothing reaches in the funnel, gets one no bid has. */
function rankOfAny(stage: string): number {
  const rank = (OPEN_STAGES as readonly string[]).indexOf(stage);
  return rank === -1 ? -100 : rank;
}

export function createInsightBidsQuery(db: Db): (key: PointQueryKey, scope: Scope, params: Record<string, unknown>) => InsightBids {
  const statements = new Map<PointQueryKey, ScopedRows<Row>>();
  const statementFor = (key: PointQueryKey) => {
    const query: PointQuery = POINT_QUERIES[key];
    const prepared =
      statements.get(key) ??
      prepareScopedRows<Row>(
        db,
        ['id', 'title', 'clientName', 'stage', 'on', 'total'],
        (inScope) => sql`SELECT o.id AS id, o.title AS title, client.name AS clientName, o.stage AS stage, ${query.on} AS "on", count(*) OVER () AS total
          FROM ${query.unscoped ? sql`opportunities o` : sql`bid_facts s JOIN opportunities o ON o.id = s.opportunity_id`}
          LEFT JOIN organisations client ON client.id = o.client_id
          WHERE ${query.unscoped ? query.condition : sql`${query.condition} AND ${inScope}`}
          ORDER BY "on" DESC, o.id DESC LIMIT ${sql.raw(String(INSIGHT_BIDS_LIMIT))}`,
      );
    statements.set(key, prepared);
    return prepared;
  };
  return (key, scope, params) => {
    const query: PointQuery = POINT_QUERIES[key];
    const rows = statementFor(key).all(scope, params);
    return {
      dateLabel: query.dateLabel,
      bids: rows.map(({ total: _total, on, ...bid }) => ({ ...bid, on: query.onIsDate ? String(on) : localDateAt(Number(on)) })),
      total: rows[0]?.total ?? 0,
    };
  };
}
