import { desc, eq, sql } from 'drizzle-orm';
import { STAGE_LABELS } from '../../../../shared/domain';
import type { ApiParsedInput } from '../../../../shared/contract';
import { ApiError } from '../../../../shared/errors';
import type { Bid, MoveResult } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { newRecordUid } from '../../db/record-id';
import { writeTransaction } from '../../db/transactions';
import { opportunities, stageEvents } from '../../db/schema';
import { getBid } from './bids';
import { selectCards, toCards } from '../board/cards';
import { notFound } from '../errors';

/**
 * Moves a bid and records the move as a stage event, both or neither. The statements are prepared once: a move
 * is the board's most frequent write, and building its SQL each time cost more than running it.
 */
export function createMoveBid(db: Db): (now: number, input: ApiParsedInput<'moveBid'>) => MoveResult {
  const byId = eq(opportunities.id, sql.placeholder('id'));
  const currentStage = db.select({ stage: opportunities.stage }).from(opportunities).where(byId).prepare();
  const updateStage = db
    .update(opportunities)
    .set({ stage: sql`${sql.placeholder('to')}`, stageChangedAt: sql`${sql.placeholder('now')}`, updatedAt: sql`${sql.placeholder('now')}` })
    .where(byId)
    .prepare();
  const insertEvent = db
    .insert(stageEvents)
    .values({
      // A prepared statement would bake in one default id for every event: each move passes its own.
      uid: sql.placeholder('uid'),
      opportunityId: sql.placeholder('id'),
      fromStage: sql.placeholder('from'),
      toStage: sql.placeholder('to'),
      at: sql.placeholder('now'),
      note: sql.placeholder('note'),
    })
    .returning({ id: stageEvents.id })
    .prepare();
  const cardById = selectCards(db).where(byId).prepare();

  return (now, input) =>
    writeTransaction(db, () => {
      const current = currentStage.get({ id: input.id });
      if (!current) throw notFound('bid');
      if (current.stage === input.to) {
        throw new ApiError('CONFLICT', `This bid is already in ${STAGE_LABELS[input.to]}.`);
      }
      updateStage.run({ id: input.id, to: input.to, now });
      const event = insertEvent.get({ uid: newRecordUid(now), id: input.id, from: current.stage, to: input.to, now, note: input.note?.trim() || null });
      const [card] = toCards(cardById.values({ id: input.id, now }), now);
      if (!card) throw notFound('bid');
      return { bid: card, eventId: event.id };
    });
}

/**
 * Reverts a bid's latest move: the bid returns to the stage it came from, with the time it had entered that
 * stage, and the move's event is removed, as if the move had never happened.
 */
export function undoMove(db: Db, now: number, input: ApiParsedInput<'undoMove'>): Bid {
  const opportunityId = writeTransaction(db, (tx) => {
    const event = tx.select().from(stageEvents).where(eq(stageEvents.id, input.eventId)).get();
    if (!event) throw new ApiError('NOT_FOUND', 'That move was already undone or its bid was deleted.');
    if (event.fromStage === null) {
      throw new ApiError('CONFLICT', 'Creating a bid cannot be undone as a move; delete the bid instead.');
    }
    const [latest, previous] = tx
      .select({ id: stageEvents.id, at: stageEvents.at })
      .from(stageEvents)
      .where(eq(stageEvents.opportunityId, event.opportunityId))
      .orderBy(desc(stageEvents.id))
      .limit(2)
      .all();
    if (latest?.id !== event.id) {
      throw new ApiError('CONFLICT', 'Only the latest move of a bid can be undone; this bid has moved since.');
    }
    tx.update(opportunities)
      .set({ stage: event.fromStage, stageChangedAt: previous?.at ?? event.at, updatedAt: now })
      .where(eq(opportunities.id, event.opportunityId))
      .run();
    tx.delete(stageEvents).where(eq(stageEvents.id, event.id)).run();
    return event.opportunityId;
  });
  return getBid(db, now, opportunityId);
}
