/**
 * Stages as numbers in board order, as `bid_facts` stores them (`furthest`, `reached`), so that "reached at least
 * this stage" is a comparison.
 */
import { OPEN_STAGES, type OpenStage } from '../../../../shared/domain';

/** `lead` is 0, `won` 6. */
export function rankOf(stage: OpenStage): number {
  return OPEN_STAGES.indexOf(stage);
}
