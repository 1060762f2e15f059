import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { contracts, opportunities } from '../../db/schema';
import type { ContractDates } from './bench-time';

export interface ContractOnBid extends ContractDates {
  opportunityId: number;
  title: string;
}

/**
 * The dates of every contract that counts as work: those of bids still Won. A bid moved out of Won (the offer fell
 * through, or the move was a slip) keeps its contract row in case it comes back, but it is not time worked.
 * Archived bids count: archiving tidies the board, it does not undo the work.
 */
export function loadContractDates(db: Db): ContractOnBid[] {
  return db
    .select({
      contractId: contracts.id,
      opportunityId: contracts.opportunityId,
      title: opportunities.title,
      startOn: contracts.startOn,
      plannedEndOn: contracts.plannedEndOn,
      actualEndOn: contracts.actualEndOn,
    })
    .from(contracts)
    .innerJoin(opportunities, eq(opportunities.id, contracts.opportunityId))
    // The unary + keeps SQLite off the stage indexes: without it, it scanned every bid (10,000 in the heavy
    // fixture, 6 ms) to find the won ones, instead of reading the few hundred contracts in date order (0.15 ms).
    .where(sql`+${opportunities.stage} = 'won'`)
    .orderBy(asc(contracts.startOn), asc(contracts.id))
    .all();
}
