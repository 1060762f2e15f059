/** The latest lost bids, each with the stage it reached and the reasons cited: what the rejection findings read. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { prepareScopedRows } from './prepared';
import type { Scope } from './scope';

export interface RecentRejection {
  bidId: number;
  /** The stage reached, as a rank (null when the history has no open stage). */
  reached: number | null;
  reasonIds: number[];
}

/** The latest `count` lost bids in scope, newest first. */
export function createRecentRejectionsQuery(db: Db, count: number): (scope: Scope) => RecentRejection[] {
  const statement = prepareScopedRows<{ bidId: number; reached: number | null; reasons: string }>(
    db,
    ['bidId', 'reached', 'reasons'],
    (inScope) => sql`SELECT s.opportunity_id AS bidId, s.reached AS reached,
        (SELECT json_group_array(orr.reason_id) FROM outcome_reasons orr WHERE orr.outcome_id = s.outcome_id) AS reasons
      FROM bid_facts s INDEXED BY bid_facts_closed_at_idx WHERE s.closed = 'lost' AND ${inScope}
      ORDER BY s.stage_changed_at DESC, s.opportunity_id DESC LIMIT ${sql.raw(String(count))}`,
  );
  return (scope) =>
    statement.all(scope).map((row) => ({ bidId: row.bidId, reached: row.reached, reasonIds: JSON.parse(row.reasons) as number[] }));
}
