/** A closed bid's outcome: the reasons, the stage it reached, the feedback and the lesson. */
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { STAGE_LABELS } from '../../../../shared/domain';
import type { ApiParsedInput } from '../../../../shared/contract';
import { ApiError } from '../../../../shared/errors';
import type { BidOutcome, Outcome } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { readTransaction, writeTransaction } from '../../db/transactions';
import { contacts, outcomeReasons, rejectionOutcomes, rejectionReasons, stageEvents } from '../../db/schema';
import { resolveContact } from '../lookups/contacts';
import { latestClosing, type Closing } from './closing';
import { checkOutcomeDates } from './outcome-dates';
import { reasonOrder, toReason } from './reasons';

function outcomeOf(db: Db, closingEventId: number): Outcome | null {
  const row = db
    .select({ outcome: rejectionOutcomes, from: { id: contacts.id, name: contacts.name } })
    .from(rejectionOutcomes)
    .leftJoin(contacts, eq(contacts.id, rejectionOutcomes.feedbackFromId))
    .where(eq(rejectionOutcomes.closingEventId, closingEventId))
    .get();
  if (!row) return null;
  const { outcome } = row;
  const reasons = db
    .select({ reason: rejectionReasons })
    .from(outcomeReasons)
    .innerJoin(rejectionReasons, eq(rejectionReasons.id, outcomeReasons.reasonId))
    .where(eq(outcomeReasons.outcomeId, outcome.id))
    .orderBy(...reasonOrder)
    .all()
    .map(({ reason }) => toReason(reason));
  return {
    id: outcome.id,
    bidId: outcome.opportunityId,
    closingEventId: outcome.closingEventId,
    closedAs: outcome.closedAs,
    // Stored from the same list the input is checked against; the column's own list is wider (every stage).
    stageReached: outcome.stageReached as Outcome['stageReached'],
    closedOn: outcome.closedOn,
    feedbackRequestedOn: outcome.feedbackRequestedOn,
    feedbackReceivedOn: outcome.feedbackReceivedOn,
    feedbackText: outcome.feedbackText,
    feedbackFrom: row.from,
    thankYouSent: outcome.thankYouSent,
    doorLeftOpen: outcome.doorLeftOpen,
    lesson: outcome.lesson,
    reasons,
    createdAt: outcome.createdAt,
    updatedAt: outcome.updatedAt,
  };
}

function bidOutcome(db: Db, bidId: number): BidOutcome {
  const closing = latestClosing(db, bidId);
  const earlier = db
    .select({ closingEventId: rejectionOutcomes.closingEventId })
    .from(rejectionOutcomes)
    .where(and(eq(rejectionOutcomes.opportunityId, bidId), closing ? ne(rejectionOutcomes.closingEventId, closing.eventId) : undefined))
    .orderBy(desc(rejectionOutcomes.closingEventId))
    .all()
    .flatMap((row) => outcomeOf(db, row.closingEventId) ?? []);
  return { closing, outcome: closing ? outcomeOf(db, closing.eventId) : null, earlier };
}

export function getOutcome(db: Db, bidId: number): BidOutcome {
  return readTransaction(db, (tx) => bidOutcome(tx, bidId));
}

/** The closing the dialog was opened for, if the bid is still closed by it: an outcome never lands elsewhere. */
function closingToRecord(db: Db, input: ApiParsedInput<'saveOutcome'>): Closing {
  const closing = latestClosing(db, input.bidId);
  if (!closing || closing.eventId !== input.closingEventId) {
    const exists = db.select({ id: stageEvents.id }).from(stageEvents).where(eq(stageEvents.id, input.closingEventId)).get();
    if (!exists) throw new ApiError('NOT_FOUND', 'The move that closed this bid was undone, so there is nothing to record for it.');
    throw new ApiError('CONFLICT', 'Only a bid closed as Rejected, Role pulled or No response has an outcome to record.');
  }
  if (!closing.current) {
    throw new ApiError('CONFLICT', `This bid has moved on since it closed as ${STAGE_LABELS[closing.closedAs]}: that outcome can no longer be changed.`);
  }
  return closing;
}

/** The reasons to cite: each must exist, and a retired one only if the outcome already cites it. */
function checkReasons(db: Db, reasonIds: number[], alreadyCited: Set<number>): void {
  if (reasonIds.length === 0) return;
  const found = db.select().from(rejectionReasons).where(inArray(rejectionReasons.id, reasonIds)).all();
  const refuse = (message: string) => new ApiError('VALIDATION', message, { reasonIds: message });
  if (found.length < reasonIds.length) throw refuse('One of the reasons no longer exists. Reload to see the current list.');
  const retired = found.find((reason) => reason.retiredAt !== null && !alreadyCited.has(reason.id));
  if (retired) throw refuse(`“${retired.label}” is retired. Restore it under Manage reasons to use it again.`);
}

export function saveOutcome(db: Db, now: number, input: ApiParsedInput<'saveOutcome'>): BidOutcome {
  return writeTransaction(db, (tx) => {
    checkOutcomeDates(input, now);
    const closing = closingToRecord(tx, input);
    const existing = tx.select({ id: rejectionOutcomes.id }).from(rejectionOutcomes).where(eq(rejectionOutcomes.closingEventId, closing.eventId)).get();
    const cited = existing ? tx.select({ id: outcomeReasons.reasonId }).from(outcomeReasons).where(eq(outcomeReasons.outcomeId, existing.id)).all() : [];
    checkReasons(tx, input.reasonIds, new Set(cited.map((reason) => reason.id)));
    const columns = {
      stageReached: input.stageReached,
      closedOn: input.closedOn,
      feedbackRequestedOn: input.feedbackRequestedOn,
      feedbackReceivedOn: input.feedbackReceivedOn,
      feedbackText: input.feedbackText,
      feedbackFromId: input.feedbackFrom ? resolveContact(tx, input.feedbackFrom, null, now) : null,
      thankYouSent: input.thankYouSent,
      doorLeftOpen: input.doorLeftOpen,
      lesson: input.lesson,
      updatedAt: now,
    };
    const outcomeId = existing
      ? tx.update(rejectionOutcomes).set(columns).where(eq(rejectionOutcomes.id, existing.id)).returning({ id: rejectionOutcomes.id }).get().id
      : tx
          .insert(rejectionOutcomes)
          .values({ ...columns, opportunityId: input.bidId, closingEventId: closing.eventId, closedAs: closing.closedAs, createdAt: now })
          .returning({ id: rejectionOutcomes.id })
          .get().id;
    tx.delete(outcomeReasons).where(eq(outcomeReasons.outcomeId, outcomeId)).run();
    if (input.reasonIds.length > 0) tx.insert(outcomeReasons).values(input.reasonIds.map((reasonId) => ({ outcomeId, reasonId }))).run();
    return bidOutcome(tx, input.bidId);
  });
}
