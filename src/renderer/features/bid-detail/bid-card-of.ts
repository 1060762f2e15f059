import type { Bid, BidCard } from '../../../shared/schemas';

/** The board card of a bid, for moves started from the detail view. */
export function bidCardOf(bid: Bid): BidCard {
  return {
    id: bid.id,
    title: bid.title,
    clientName: bid.client?.name ?? null,
    agencyName: bid.agency?.name ?? null,
    rate: bid.rate,
    stage: bid.stage,
    priority: bid.priority,
    stageChangedAt: bid.stageChangedAt,
    daysInStage: bid.daysInStage,
    briefCompleteness: bid.briefCompleteness,
    archived: bid.archived,
    interviewToAssess: bid.interviewToAssess,
  };
}
