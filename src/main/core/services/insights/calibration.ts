/**
 * Chart 6: the user's own view of each interview against the feedback that came back. The gap is feedback minus
 * self-assessment: below zero, they thought less of it than the user did.
 */
import { sql, type SQL } from 'drizzle-orm';
import { CALIBRATION_GAPS, type Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareScopedRows } from './prepared';
import type { Scope } from './scope';
import { countOf, sufficiency } from './sufficiency';

/** A gap this large either way is "worth a look": the two views of one interview differ by two points or more. */
export const WORTH_A_LOOK_GAP = 2;
/** The latest interviews worth a look that are listed; the chart's bars lead to all of them. */
export const WORTH_A_LOOK_LISTED = 20;

type Interview = Insights['calibration']['worthALook'][number];

/**
 * Interviews rated both ways, of bids in scope, read through `index` and each bid looked up after (CROSS JOIN
 * keeps that order): the index of rated interviews alone to count them, the one on their dates to list the latest.
 */
const rated = (index: 'interviews_rated_idx' | 'interviews_starts_at_idx', inScope: SQL) => sql`FROM interviews i INDEXED BY ${sql.raw(index)}
  CROSS JOIN bid_facts s ON s.opportunity_id = i.opportunity_id
  WHERE i.self_rating IS NOT NULL AND i.feedback_rating IS NOT NULL AND ${inScope}`;

export function createCalibrationChart(db: Db): (scope: Scope) => Insights['calibration'] {
  const histogram = prepareScopedRows<{ gap: number; n: number }>(
    db,
    ['gap', 'n'],
    (inScope) => sql`SELECT i.feedback_rating - i.self_rating AS gap, count(*) AS n ${rated('interviews_rated_idx', inScope)} GROUP BY gap`,
  );
  const worthALook = prepareScopedRows<Interview>(
    db,
    ['interviewId', 'bidId', 'bidTitle', 'round', 'startsAt', 'selfRating', 'feedbackRating', 'gap'],
    (inScope) => sql`SELECT i.id AS interviewId, s.opportunity_id AS bidId, (SELECT o.title FROM opportunities o WHERE o.id = s.opportunity_id) AS bidTitle, i.round AS round, i.starts_at AS startsAt,
        i.self_rating AS selfRating, i.feedback_rating AS feedbackRating, i.feedback_rating - i.self_rating AS gap
      ${rated('interviews_starts_at_idx', inScope)} AND abs(i.feedback_rating - i.self_rating) >= ${sql.raw(String(WORTH_A_LOOK_GAP))}
      ORDER BY i.starts_at DESC, i.id DESC LIMIT ${sql.raw(String(WORTH_A_LOOK_LISTED))}`,
  );

  return (scope) => {
    const counts = new Map(histogram.all(scope).map((row) => [row.gap, row.n]));
    const gaps = CALIBRATION_GAPS.map((gap) => ({ gap, count: counts.get(gap) ?? 0 }));
    const interviews = gaps.reduce((sum, row) => sum + row.count, 0);
    const meanGap = interviews === 0 ? null : gaps.reduce((sum, row) => sum + row.gap * row.count, 0) / interviews;
    const worthALookTotal = gaps.filter((row) => Math.abs(row.gap) >= WORTH_A_LOOK_GAP).reduce((sum, row) => sum + row.count, 0);
    // The list is shown whatever the chart's minimum: one interview the two sides saw very differently is worth a look.
    const listed = worthALookTotal > 0 ? worthALook.all(scope) : [];
    return {
      ...sufficiency('calibration', interviews, () => {
        const mean = meanGap as number;
        const points = Math.abs(mean).toFixed(1);
        const view = points === '0.0' ? 'feedback matches your own view on average' : `feedback averages ${points} points ${mean < 0 ? 'below' : 'above'} your own view`;
        return `Over ${countOf(interviews, 'interview', 'interviews')}, ${view}; ${countOf(worthALookTotal, 'differs', 'differ')} by ${WORTH_A_LOOK_GAP} points or more.`;
      }),
      gaps,
      meanGap,
      interviews,
      worthALook: listed,
      worthALookTotal,
    };
  };
}
