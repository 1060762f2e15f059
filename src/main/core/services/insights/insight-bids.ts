/**
 * The bids behind one bar or point of a chart. Each chart's condition here is the one its numbers were counted
 * with (the same SQL pieces), so that a bar of 12 lists those 12 bids.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';
import { OPEN_STAGES } from '../../../../shared/domain';
import { INSIGHT_BIDS_LIMIT, type InsightBids } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { monthOf } from './monthly';
import { prepareRows, type PreparedRows } from './prepared';
import { REACHED } from './stage-rank';

type Point = ApiParsedInput<'getInsightBids'>['point'];
type Row = InsightBids['bids'][number] & { total: number };

interface PointQuery {
  dateLabel: string;
  /** The calendar date each listed bid is placed by. */
  on: SQL;
  /** Which of the bids in scope (`s`, see insight_scope) are behind the point. */
  condition: SQL;
  /** Bench time looks at contracts, which the bid filters do not apply to: any bid, as `o`. */
  unscoped?: true;
}

const p = (name: string) => sql.placeholder(name);
const dateOfDay = (day: SQL) => sql`date(${day} * 86400, 'unixepoch')`;
const CREATED_ON = dateOfDay(sql`s.created_day`);
const CLOSED_ON = dateOfDay(sql`s.closed_day`);
const REACHED_STEP = sql`s.furthest >= ${p('rank')}`;
const HAS_GAP = sql`FROM interviews i WHERE i.opportunity_id = s.id AND i.feedback_rating - i.self_rating = ${p('gap')}`;

/** The statement for each kind of point; `agency` reads which variant from its parameters. */
const POINT_QUERIES = {
  reason: {
    dateLabel: 'Closed on',
    on: CLOSED_ON,
    condition: sql`s.lost = 1 AND EXISTS (SELECT 1 FROM outcome_reasons orr WHERE orr.outcome_id = s.outcome_id AND orr.reason_id = ${p('reason')})`,
  },
  noReason: {
    dateLabel: 'Closed on',
    on: CLOSED_ON,
    condition: sql`s.lost = 1 AND NOT EXISTS (SELECT 1 FROM outcome_reasons orr WHERE orr.outcome_id = s.outcome_id)`,
  },
  stageReached: { dateLabel: 'Closed on', on: CLOSED_ON, condition: sql`s.lost = 1 AND ${REACHED} = ${p('rank')}` },
  funnel: { dateLabel: 'Created on', on: CREATED_ON, condition: REACHED_STEP },
  agency: {
    dateLabel: 'Created on',
    on: CREATED_ON,
    condition: sql`${REACHED_STEP} AND CASE ${p('mode')}
      WHEN 'direct' THEN s.agency_id IS NULL
      WHEN 'other' THEN s.agency_id IS NOT NULL AND s.agency_id NOT IN (SELECT value FROM json_each(${p('shown')}))
      ELSE s.agency_id = ${p('agency')} END`,
  },
  source: { dateLabel: 'Created on', on: CREATED_ON, condition: sql`${REACHED_STEP} AND s.source = ${p('source')}` },
  monthlyBids: { dateLabel: 'Created on', on: CREATED_ON, condition: sql`${monthOf(sql`s.created_day`)} = ${p('month')}` },
  monthlyRejections: { dateLabel: 'Closed on', on: CLOSED_ON, condition: sql`s.lost = 1 AND ${monthOf(sql`s.closed_day`)} = ${p('month')}` },
  monthlyWins: { dateLabel: 'Won on', on: CLOSED_ON, condition: sql`s.won = 1 AND ${monthOf(sql`s.closed_day`)} = ${p('month')}` },
  calibration: {
    dateLabel: 'Interview on',
    on: sql`date((SELECT max(i.starts_at) ${HAS_GAP}) / 1000 + ${p('offsetMs')} / 1000, 'unixepoch')`,
    condition: sql`EXISTS (SELECT 1 ${HAS_GAP})`,
  },
  brief: {
    dateLabel: 'Decided on',
    on: CLOSED_ON,
    condition: sql`s.band = ${p('band')} AND CASE ${p('outcome')} WHEN 'won' THEN s.won = 1 ELSE s.lost = 1 END`,
  },
  timeInStage: {
    dateLabel: 'Created on',
    on: CREATED_ON,
    condition: sql`EXISTS (SELECT 1 FROM stage_events e WHERE e.opportunity_id = s.id AND e.from_stage = ${p('stage')})`,
  },
  bench: {
    dateLabel: 'Contract starts',
    on: sql`(SELECT c.start_on FROM contracts c WHERE c.opportunity_id = o.id)`,
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
    case 'monthly':
      return { key: MONTHLY_QUERIES[point.series], params: { month: point.month } };
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

export function createInsightBidsQuery(db: Db): (key: PointQueryKey, params: Record<string, unknown>) => InsightBids {
  const statements = new Map<PointQueryKey, PreparedRows<Row>>();
  const statementFor = (key: PointQueryKey) => {
    const query: PointQuery = POINT_QUERIES[key];
    const prepared =
      statements.get(key) ??
      prepareRows<Row>(
        db,
        ['id', 'title', 'clientName', 'stage', 'on', 'total'],
        sql`SELECT o.id AS id, o.title AS title, client.name AS clientName, o.stage AS stage, ${query.on} AS "on", count(*) OVER () AS total
          FROM ${query.unscoped ? sql`opportunities o` : sql`insight_scope s JOIN opportunities o ON o.id = s.id`}
          LEFT JOIN organisations client ON client.id = o.client_id
          WHERE ${query.condition}
          ORDER BY "on" DESC, o.id DESC LIMIT ${sql.raw(String(INSIGHT_BIDS_LIMIT))}`,
      );
    statements.set(key, prepared);
    return prepared;
  };
  return (key, params) => {
    const rows = statementFor(key).all(params);
    return {
      dateLabel: POINT_QUERIES[key].dateLabel,
      bids: rows.map(({ total: _total, ...bid }) => bid),
      total: rows[0]?.total ?? 0,
    };
  };
}
