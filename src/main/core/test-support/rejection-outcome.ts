import { inArray } from 'drizzle-orm';
import type { ApiHandlers } from '../../../shared/contract';
import type { BuiltInReasonCode } from '../../../shared/domain';
import type { Db } from '../db/open';
import { outcomeReasons, rejectionOutcomes, rejectionReasons } from '../db/schema';
import { parsedBid } from './bid-input';
import { TEST_NOW } from './temp-database';

export interface RejectionSpec {
  title: string;
  client?: string;
  reasons: BuiltInReasonCode[];
  feedback?: string;
  closedOn?: string;
}

/**
 * A bid that reached an interview and was rejected, with its outcome and reasons stored as the rejection dialog
 * stores them. Written to the tables directly, so the Skills tests do not depend on the outcome service.
 */
export function recordRejection(api: ApiHandlers, db: Db, spec: RejectionSpec): { bidId: number; outcomeId: number } {
  const bid = api.createBid(parsedBid({ title: spec.title, client: { name: spec.client ?? 'Northbridge Logistics' }, stage: 'interview' }));
  const { eventId } = api.moveBid({ id: bid.id, to: 'rejected' });
  const outcome = db
    .insert(rejectionOutcomes)
    .values({
      opportunityId: bid.id,
      closingEventId: eventId,
      closedAs: 'rejected',
      stageReached: 'interview',
      closedOn: spec.closedOn ?? '2026-02-20',
      feedbackText: spec.feedback ?? '',
      createdAt: TEST_NOW,
      updatedAt: TEST_NOW,
    })
    .returning({ id: rejectionOutcomes.id })
    .get();
  if (spec.reasons.length > 0) {
    const reasons = db.select({ id: rejectionReasons.id }).from(rejectionReasons).where(inArray(rejectionReasons.code, spec.reasons)).all();
    db.insert(outcomeReasons).values(reasons.map((reason) => ({ outcomeId: outcome.id, reasonId: reason.id }))).run();
  }
  return { bidId: bid.id, outcomeId: outcome.id };
}

