/** The latest lost bids, each with the stage it reached and the reasons cited: what the rejection findings read. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { prepareRows } from './prepared';
import { REACHED } from './stage-rank';

export interface RecentRejection {
  bidId: number;
  /** The stage reached, as a rank (null when the history has no open stage). */
  reached: number | null;
  reasonIds: number[];
}

/** The latest `count` lost bids in scope, newest first. */
export function createRecentRejectionsQuery(db: Db, count: number): () => RecentRejection[] {
  const statement = prepareRows<{ bidId: number; reached: number | null; reasons: string }>(
    db,
    ['bidId', 'reached', 'reasons'],
    sql`SELECT s.id AS bidId, ${REACHED} AS reached,
        (SELECT json_group_array(orr.reason_id) FROM outcome_reasons orr WHERE orr.outcome_id = s.outcome_id) AS reasons
      FROM insight_scope s WHERE s.lost = 1 ORDER BY s.closed_at DESC, s.id DESC LIMIT ${sql.raw(String(count))}`,
  );
  return () =>
    statement.all({}).map((row) => ({ bidId: row.bidId, reached: row.reached, reasonIds: JSON.parse(row.reasons) as number[] }));
}
