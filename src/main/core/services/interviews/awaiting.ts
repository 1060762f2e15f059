import { sql, type Placeholder, type SQLWrapper } from 'drizzle-orm';
import { interviews } from '../../db/schema';

/**
 * The bid's earliest interview whose start has passed and that has no self-assessment yet, or null: what the
 * "How did the interview go?" prompt opens. A correlated subquery for the board's cards: one seek on
 * `interviews_opportunity_idx` (bid, start) per card, which finds nothing for most bids.
 */
export function interviewToAssessSql(bidId: SQLWrapper, now: Placeholder | number) {
  return sql<number | null>`(SELECT ${interviews.id} FROM ${interviews} WHERE ${interviews.opportunityId} = ${bidId} AND ${interviews.startsAt} <= ${now} AND ${interviews.selfRating} IS NULL ORDER BY ${interviews.startsAt} LIMIT 1)`;
}
