import { afterEach, describe, expect, it } from 'vitest';
import { contracts } from '../../db/schema';
import { parsedBid } from '../../test-support/bid-input';
import { tempApi, TEST_NOW } from '../../test-support/temp-database';
import { loadContractDates } from './load-contract-dates';

let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

describe('loading contract dates', () => {
  it('reads the contracts of Won bids, archived ones included, and leaves out bids moved out of Won', () => {
    setup = tempApi();
    const { api, database } = setup;
    const won = api.createBid(parsedBid({ title: 'Interim CFO', stage: 'won' }));
    const archived = api.createBid(parsedBid({ title: 'Programme Director', stage: 'won' }));
    api.setArchived({ id: archived.id, archived: true });
    const fellThrough = api.createBid(parsedBid({ title: 'Head of Finance', stage: 'rejected' }));
    const row = (opportunityId: number, startOn: string) => ({
      opportunityId, startOn, plannedEndOn: '2026-12-31', createdAt: TEST_NOW, updatedAt: TEST_NOW,
    });
    database.db.insert(contracts).values([row(won.id, '2026-02-01'), row(archived.id, '2025-01-01'), row(fellThrough.id, '2025-06-01')]).run();

    expect(loadContractDates(database.db).map(({ opportunityId, startOn, actualEndOn }) => ({ opportunityId, startOn, actualEndOn }))).toEqual([
      { opportunityId: archived.id, startOn: '2025-01-01', actualEndOn: null },
      { opportunityId: won.id, startOn: '2026-02-01', actualEndOn: null },
    ]);
  });
});
