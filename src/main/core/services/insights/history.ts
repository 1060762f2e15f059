/**
 * What each bid's stage history says, in one pass over the stage events grouped by bid (in the order of the
 * index on bid, so without sorting): the furthest stage it ever reached, and how long it spent in each stage it
 * moved on from. Both read every event; doing them together halved the cost of Insights on 60,000 events.
 */
import { sql, type SQL } from 'drizzle-orm';
import { OPEN_STAGES, type OpenStage } from '../../../../shared/domain';
import { stageRank } from './stage-rank';

/** The stages a bid waits in for someone's decision; Won is where it ends. */
export const WAITING_STAGES: readonly OpenStage[] = OPEN_STAGES.filter((stage) => stage !== 'won');

/**
 * Time in a stage, summed over every visit, as (each move out of it) minus (each move into it): a visit adds
 * its leaving time and takes away its arrival. The visit still going on has no leaving time, so its arrival, the
 * bid's `stage_changed_at`, is added back in `timeInStage` below.
 */
const signedTimes = WAITING_STAGES.map(
  (stage) => `sum(CASE WHEN e.from_stage = '${stage}' THEN e.at WHEN e.to_stage = '${stage}' THEN -e.at END) AS "${stage}"`,
).join(', ');

/** One row per bid with events: `id`, `furthest` (a rank) and, per waiting stage, its signed times. */
export const BID_HISTORY: SQL = sql`SELECT e.opportunity_id AS id, max(${stageRank(sql`e.to_stage`)}) AS furthest, ${sql.raw(signedTimes)}
  FROM stage_events e GROUP BY e.opportunity_id`;

/**
 * Milliseconds bid `o` spent in `stage` on the visits it left, from its `BID_HISTORY` row `h`; null if it never
 * left the stage. A bid in the stage now whose sum comes back to exactly 0 has only the current visit, which is
 * not a decision yet (an earlier visit of 0 ms, two moves in the same millisecond, would be taken for none).
 */
export function timeInStage(stage: OpenStage): SQL {
  const signed = sql.raw(`h."${stage}"`);
  return sql`CASE WHEN o.stage = '${sql.raw(stage)}' THEN nullif(${signed} + o.stage_changed_at, 0) ELSE ${signed} END`;
}
