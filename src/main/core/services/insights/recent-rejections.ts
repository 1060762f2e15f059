/** The latest lost bids, each with the stage it reached and the reasons cited: what the rejection findings read. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { prepareRows } from './prepared';
import { IN_SCOPE, type ScopeParams } from './scope';
import { REACHED_RANK } from './stage-reached';
import { IS_LOST, LATEST_OUTCOME_ID } from './stage-rank';

export interface RecentRejection {
  bidId: number;
  /** The stage reached, as a rank (null when the history has no open stage). */
  reached: number | null;
  reasonIds: number[];
}

export function createRecentRejectionsQuery(db: Db): (scope: ScopeParams, count: number) => RecentRejection[] {
  const statement = prepareRows<{ bidId: number; reached: number | null; reasons: string }>(
    db,
    ['bidId', 'reached', 'reasons'],
    sql`WITH lost AS (SELECT o.id AS bid_id, ${LATEST_OUTCOME_ID} AS outcome_id, o.stage_changed_at AS closed_at
          FROM opportunities o WHERE ${IN_SCOPE} AND ${IS_LOST} ORDER BY o.stage_changed_at DESC, o.id DESC LIMIT ${sql.placeholder('count')})
      SELECT bid_id AS bidId, ${REACHED_RANK} AS reached,
        (SELECT json_group_array(orr.reason_id) FROM outcome_reasons orr WHERE orr.outcome_id = lost.outcome_id) AS reasons
      FROM lost ORDER BY closed_at DESC, bid_id DESC`,
  );
  return (scope, count) =>
    statement.all({ ...scope, count }).map((row) => ({ bidId: row.bidId, reached: row.reached, reasonIds: JSON.parse(row.reasons) as number[] }));
}
