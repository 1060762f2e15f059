/** Stages as numbers in board order, so that SQL can find the furthest stage a bid reached with `max()`. */
import { sql, type SQL } from 'drizzle-orm';
import { OPEN_STAGES, OUTCOME_STAGES, type OpenStage } from '../../../../shared/domain';

/** `lead` is 0, `won` 6; a closed stage has no rank (NULL), so `max()` passes over it. */
export function stageRank(column: SQL): SQL {
  const cases = OPEN_STAGES.map((stage, rank) => `WHEN '${stage}' THEN ${rank}`).join(' ');
  return sql`(CASE ${column} ${sql.raw(cases)} END)`;
}

export function rankOf(stage: OpenStage): number {
  return OPEN_STAGES.indexOf(stage);
}

/** Closed by someone else's decision (rejected, role pulled, no response): the bids the rejection charts count. */
export const IS_LOST: SQL = sql.raw(`o.stage IN (${OUTCOME_STAGES.map((stage) => `'${stage}'`).join(', ')})`);

/**
 * The stage a lost bid in `insight_scope` (named `s`) reached, as a rank: what its latest outcome records (which
 * the user may have corrected), else the furthest stage in its history.
 */
export const REACHED = sql`COALESCE((SELECT ${stageRank(sql`r.stage_reached`)} FROM rejection_outcomes r WHERE r.id = s.outcome_id), s.furthest)`;

/** The latest rejection outcome recorded for lost bid `o`, if any. */
export const LATEST_OUTCOME_ID: SQL = sql`(SELECT max(r.id) FROM rejection_outcomes r WHERE r.opportunity_id = o.id)`;
