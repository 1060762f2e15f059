import type { ApiHandlers } from '../../../shared/contract';
import type { BuiltInReasonCode } from '../../../shared/domain';
import { parsedBid } from './bid-input';
import { parsedOutcome } from './outcome-input';

export interface RejectionSpec {
  title: string;
  client?: string;
  reasons: BuiltInReasonCode[];
  feedback?: string;
  closedOn?: string;
}

/** A bid that reached an interview and was rejected, with its outcome saved as the rejection dialog saves it. */
export function recordRejection(api: ApiHandlers, spec: RejectionSpec): { bidId: number; outcomeId: number } {
  const bid = api.createBid(parsedBid({ title: spec.title, client: { name: spec.client ?? 'Northbridge Logistics' }, stage: 'interview' }));
  const { eventId } = api.moveBid({ id: bid.id, to: 'rejected' });
  const { mine, outside } = api.listRejectionReasons(undefined);
  const reasonIds = [...mine, ...outside].filter((reason) => reason.code && spec.reasons.includes(reason.code)).map((reason) => reason.id);
  const saved = api.saveOutcome(
    parsedOutcome(bid.id, eventId, { reasonIds, feedbackText: spec.feedback ?? '', closedOn: spec.closedOn ?? '2026-02-20', stageReached: 'interview' }),
  );
  return { bidId: bid.id, outcomeId: saved.outcome!.id };
}
