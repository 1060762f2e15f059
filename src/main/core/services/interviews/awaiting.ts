import { sql, type Placeholder } from 'drizzle-orm';

/**
 * The bid's earliest interview whose start has passed and that has no self-assessment yet, or null: what the
 * "How did the interview go?" prompt opens. A correlated subquery for a statement that reads `opportunities`:
 * one seek per bid on `interviews_awaiting_self_idx`, which holds only interviews not yet self-assessed and
 * finds nothing for most bids.
 *
 * Both sides are named in full: drizzle leaves columns unqualified in a statement without joins, where a bare
 * "id" would be read as the interview's own. The index is named because, without statistics, SQLite prefers
 * the index on start times alone (it also gives the order): a walk through every past interview for each bid.
 */
export function interviewToAssessSql(now: Placeholder | number) {
  return sql<number | null>`(SELECT awaiting.id FROM interviews AS awaiting INDEXED BY interviews_awaiting_self_idx
    WHERE awaiting.opportunity_id = "opportunities"."id" AND awaiting.starts_at <= ${now} AND awaiting.self_rating IS NULL
    ORDER BY awaiting.starts_at LIMIT 1)`;
}
