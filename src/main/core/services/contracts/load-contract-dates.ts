import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { bidFacts, contracts, opportunities } from '../../db/schema';
import type { ContractDates } from './bench-time';

export interface ContractOnBid extends ContractDates {
  opportunityId: number;
}

/**
 * The dates of every contract that counts as work: those of bids still Won. A bid moved out of Won (the offer fell
 * through, or the move was a slip) keeps its contract row in case it comes back, but it is not time worked.
 * Archived bids count: archiving tidies the board, it does not undo the work. The stage is read from the bids'
 * narrow facts (`bid_facts`), where a won bid is `closed = 'won'`, rather than from their wide rows.
 */
export function loadContractDates(db: Db): ContractOnBid[] {
  return contractDatesQuery(db).all();
}

/** Built and prepared once per connection: building the query with drizzle cost more than running it. */
const preparedFor = new WeakMap<Db, ReturnType<typeof prepareContractDates>>();

function contractDatesQuery(db: Db) {
  let prepared = preparedFor.get(db);
  if (!prepared) preparedFor.set(db, (prepared = prepareContractDates(db)));
  return prepared;
}

function prepareContractDates(db: Db) {
  return db
    .select({
      contractId: contracts.id,
      opportunityId: contracts.opportunityId,
      startOn: contracts.startOn,
      plannedEndOn: contracts.plannedEndOn,
      actualEndOn: contracts.actualEndOn,
    })
    .from(contracts)
    .innerJoin(bidFacts, eq(bidFacts.opportunityId, contracts.opportunityId))
    .where(eq(bidFacts.closed, 'won'))
    .orderBy(asc(contracts.startOn), asc(contracts.id))
    .prepare();
}

/** The titles of bids, by id. */
export function bidTitles(db: Db, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db.select({ id: opportunities.id, title: opportunities.title }).from(opportunities).where(inArray(opportunities.id, [...ids])).all();
  return new Map(rows.map((row) => [row.id, row.title]));
}
