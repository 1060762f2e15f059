/** Which move closed a bid as rejected, role pulled or no response, and how far the bid had got before it. */
import { and, asc, desc, eq, inArray, lt } from 'drizzle-orm';
import { OPEN_STAGES, OUTCOME_STAGES, type OpenStage, type OutcomeStage, type Stage } from '../../../../shared/domain';
import type { Db } from '../../db/open';
import { opportunities, stageEvents } from '../../db/schema';
import { notFound } from '../errors';

export interface Closing {
  eventId: number;
  closedAs: OutcomeStage;
  at: number;
  /** The furthest stage in the stage history before this closing: what a new outcome starts from. */
  stageReached: OpenStage;
  /** The bid is still closed by this move: it is the bid's latest. */
  current: boolean;
}

function isOpenStage(stage: Stage | null): stage is OpenStage {
  return (OPEN_STAGES as readonly (string | null)[]).includes(stage);
}

/** In board order: a bid that went back from Interview to Shortlisted had still reached Interview. */
export function furthestStage(stages: readonly (Stage | null)[]): OpenStage {
  const reached = stages.filter(isOpenStage).map((stage) => OPEN_STAGES.indexOf(stage));
  return OPEN_STAGES[Math.max(0, ...reached)] ?? 'lead';
}

/** The bid's latest move into an outcome stage, or null if it never closed that way. Throws if the bid is gone. */
export function latestClosing(db: Db, bidId: number): Closing | null {
  const bid = db.select({ id: opportunities.id }).from(opportunities).where(eq(opportunities.id, bidId)).get();
  if (!bid) throw notFound('bid');
  const byBid = eq(stageEvents.opportunityId, bidId);
  const closing = db
    .select()
    .from(stageEvents)
    .where(and(byBid, inArray(stageEvents.toStage, [...OUTCOME_STAGES])))
    .orderBy(desc(stageEvents.id))
    .get();
  if (!closing) return null;
  const latest = db.select({ id: stageEvents.id }).from(stageEvents).where(byBid).orderBy(desc(stageEvents.id)).get();
  const before = db
    .select({ to: stageEvents.toStage })
    .from(stageEvents)
    .where(and(byBid, lt(stageEvents.id, closing.id)))
    .orderBy(asc(stageEvents.id))
    .all();
  return {
    eventId: closing.id,
    closedAs: closing.toStage as OutcomeStage,
    at: closing.at,
    stageReached: furthestStage([...before.map((event) => event.to), closing.fromStage]),
    current: latest?.id === closing.id,
  };
}
