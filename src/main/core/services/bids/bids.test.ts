import { afterEach, describe, expect, it } from 'vitest';
import { parsedBid, parsedUpdate } from '../../test-support/bid-input';
import { tempApi, TEST_NOW } from '../../test-support/temp-database';

let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

function count(table: string): number {
  return setup.database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

describe('creating a bid', () => {
  it('stores every field, creates the organisations and contact typed in, and records the first stage event', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ stage: 'brief', tags: ['Finance', 'ERP', 'finance'] }));

    const stored = setup.api.getBid({ id: bid.id });
    expect(stored).toMatchObject({
      title: 'Interim Finance Director',
      client: { name: 'Northbridge Logistics' },
      agency: { name: 'Blue Quay Interim' },
      recruiter: { name: 'Priya Patel' },
      rate: { amount: 850, currency: 'GBP', unit: 'day' },
      durationValue: 6,
      expectedStart: '2026-04-01',
      expectedEnd: '2026-09-30',
      remoteMode: 'hybrid',
      ir35: 'outside',
      stage: 'brief',
      tags: ['ERP', 'Finance'],
      briefCompleteness: 50,
      daysInStage: 0,
      archived: false,
    });
    expect(stored.history).toEqual([{ id: expect.any(Number), from: null, to: 'brief', at: TEST_NOW, note: null }]);
    expect(count('organisations')).toBe(2);
    expect(count('contacts')).toBe(1);
  });

  it('reuses an organisation typed again in another case, and marks it as both agency and client when it is both', () => {
    setup = tempApi();
    setup.api.createBid(parsedBid());
    setup.api.createBid(parsedBid({ client: { name: 'NORTHBRIDGE logistics' }, agency: { name: 'northbridge logistics' } }));
    const orgs = setup.api.searchOrganisations({ query: 'north', limit: 10 });
    expect(orgs).toEqual([{ id: expect.any(Number), name: 'Northbridge Logistics', kind: 'both' }]);
    expect(count('organisations')).toBe(2);
  });

  it('keeps money exact in minor units', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ rate: { amount: 612.35, currency: 'EUR', unit: 'day' } }));
    expect(setup.database.sqlite.prepare('SELECT rate_minor FROM opportunities WHERE id = ?').pluck().get(bid.id)).toBe(61235);
    expect(setup.api.getBid({ id: bid.id }).rate).toEqual({ amount: 612.35, currency: 'EUR', unit: 'day' });
  });

  it('writes nothing when a picked organisation does not exist', () => {
    setup = tempApi();
    expect(() => setup.api.createBid(parsedBid({ client: { name: 'New Client Ltd' }, agency: { id: 999 } }))).toThrow('That organisation no longer exists. It may have been deleted in another window; reload to see the current data.');
    expect(count('opportunities')).toBe(0);
    expect(count('organisations')).toBe(0);
  });
});

describe('editing a bid', () => {
  it('replaces the fields and tags but not the stage, and bumps the update time', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ tags: ['finance'] }));
    setup.clock.advance(60_000);
    const edited = setup.api.updateBid(parsedUpdate(bid.id, { title: 'Interim CFO', agency: null, tags: ['turnaround'], rate: null }));
    expect(edited).toMatchObject({ title: 'Interim CFO', agency: null, rate: null, tags: ['turnaround'], stage: 'lead', updatedAt: TEST_NOW + 60_000 });
    expect(setup.api.listTags(undefined)).toEqual(['turnaround']);
  });

  it('reports a bid that no longer exists', () => {
    setup = tempApi();
    expect(() => setup.api.updateBid(parsedUpdate(42))).toThrow('That bid no longer exists. It may have been deleted in another window; reload to see the current data.');
    expect(count('organisations')).toBe(0);
  });
});

describe('archiving and deleting', () => {
  it('hides an archived bid from the board, shows it in the archive, and restores it', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid());
    expect(setup.api.setArchived({ id: bid.id, archived: true }).archived).toBe(true);
    const lead = (archived: boolean) =>
      setup.api.getBoard({ filters: { archived }, pageSize: 50 }).columns.find((column) => column.stage === 'lead');
    expect(lead(false)?.count).toBe(0);
    expect(lead(true)?.cards.map((card) => card.id)).toEqual([bid.id]);
    setup.api.setArchived({ id: bid.id, archived: false });
    expect(lead(false)?.cards.map((card) => card.id)).toEqual([bid.id]);
  });

  it('deletes a bid with its tags, stage events and search entry', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid());
    setup.api.moveBid({ id: bid.id, to: 'submitted' });
    setup.api.deleteBid({ id: bid.id });
    expect(count('opportunities')).toBe(0);
    expect(count('stage_events')).toBe(0);
    expect(count('opportunity_tags')).toBe(0);
    expect(count('opportunity_search')).toBe(0);
    expect(() => setup.api.getBid({ id: bid.id })).toThrow(/no longer exists/);
  });
});
