/** A won bid's contract: recording it, moving its end (with history), and reading it back. */
import { asc, eq } from 'drizzle-orm';
import { STAGE_LABELS } from '../../../../shared/domain';
import type { ApiParsedInput } from '../../../../shared/contract';
import { ApiError } from '../../../../shared/errors';
import type { Contract } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/transactions';
import { contractEndChanges, contracts, opportunities } from '../../db/schema';
import { toRate } from '../board/cards';
import { notFound } from '../errors';

function contractRow(db: Db, bidId: number) {
  return db.select().from(contracts).where(eq(contracts.opportunityId, bidId)).get();
}

/** Only a Won bid has a contract: anything else is refused with the bid's stage named. */
function requireWonBid(db: Db, bidId: number): void {
  const bid = db.select({ title: opportunities.title, stage: opportunities.stage }).from(opportunities).where(eq(opportunities.id, bidId)).get();
  if (!bid) throw notFound('bid');
  if (bid.stage !== 'won') {
    throw new ApiError('CONFLICT', `Only a won bid has a contract: “${bid.title}” is at ${STAGE_LABELS[bid.stage]}. Move it to Won first.`);
  }
}

export function getContract(db: Db, bidId: number): Contract | null {
  const row = contractRow(db, bidId);
  if (!row) return null;
  const endChanges = db
    .select({
      id: contractEndChanges.id,
      fromEndOn: contractEndChanges.fromEndOn,
      toEndOn: contractEndChanges.toEndOn,
      at: contractEndChanges.at,
      note: contractEndChanges.note,
    })
    .from(contractEndChanges)
    .where(eq(contractEndChanges.contractId, row.id))
    .orderBy(asc(contractEndChanges.id))
    .all();
  return {
    id: row.id,
    bidId: row.opportunityId,
    startOn: row.startOn,
    plannedEndOn: row.plannedEndOn,
    actualEndOn: row.actualEndOn,
    rate: toRate(row.rateMinor, row.rateCurrency, row.rateUnit),
    endChanges,
  };
}

function recordEndChange(db: Db, contractId: number, fromEndOn: string, toEndOn: string, note: string, now: number): void {
  db.insert(contractEndChanges).values({ contractId, fromEndOn, toEndOn, note, at: now }).run();
}

/** Creates the contract or edits it. An edit that moves the planned end is recorded like an extension, so the history holds. */
export function saveContract(db: Db, now: number, input: ApiParsedInput<'saveContract'>): Contract {
  writeTransaction(db, (tx) => {
    requireWonBid(tx, input.bidId);
    const columns = {
      startOn: input.startOn,
      plannedEndOn: input.plannedEndOn,
      actualEndOn: input.actualEndOn,
      rateMinor: input.rate ? Math.round(input.rate.amount * 100) : null,
      rateCurrency: input.rate?.currency ?? null,
      rateUnit: input.rate?.unit ?? null,
      updatedAt: now,
    };
    const existing = contractRow(tx, input.bidId);
    if (!existing) {
      tx.insert(contracts).values({ ...columns, opportunityId: input.bidId, createdAt: now }).run();
      return;
    }
    tx.update(contracts).set(columns).where(eq(contracts.id, existing.id)).run();
    if (existing.plannedEndOn !== input.plannedEndOn) recordEndChange(tx, existing.id, existing.plannedEndOn, input.plannedEndOn, '', now);
  });
  return getContract(db, input.bidId)!;
}

function endRefusal(message: string): ApiError {
  return new ApiError('VALIDATION', message, { toEndOn: message });
}

export function changeContractEnd(db: Db, now: number, input: ApiParsedInput<'changeContractEnd'>): Contract {
  writeTransaction(db, (tx) => {
    requireWonBid(tx, input.bidId);
    const existing = contractRow(tx, input.bidId);
    if (!existing) throw new ApiError('CONFLICT', 'This bid has no contract yet: record its start and planned end first.');
    if (existing.actualEndOn !== null) {
      throw new ApiError('CONFLICT', 'This contract has already ended (its actual end is recorded). Clear the actual end to extend it.');
    }
    if (input.toEndOn === existing.plannedEndOn) throw endRefusal('The contract already ends on that date');
    if (input.toEndOn < existing.startOn) throw endRefusal('New end cannot be before the contract’s start');
    tx.update(contracts).set({ plannedEndOn: input.toEndOn, updatedAt: now }).where(eq(contracts.id, existing.id)).run();
    recordEndChange(tx, existing.id, existing.plannedEndOn, input.toEndOn, input.note, now);
  });
  return getContract(db, input.bidId)!;
}
