import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ENGAGEMENTS, SOURCES, STAGES } from '../../../shared/domain';
import { seededRandom } from '../fixtures/pipeline-generator';
import { insertBids, refsLookedUpOnce, type NewBid } from '../services/bids/bids';
import { parsedBid } from '../test-support/bid-input';
import { tempApi, TEST_NOW } from '../test-support/temp-database';
import { addingBidsInBulk, BULK_BIDS_FROM } from './bids-in-bulk';
import { writeTransaction } from './transactions';

/**
 * A bulk insert sets the per-row triggers aside and makes the derived rows itself: the bids must end up exactly as
 * the triggers would have left them, and the triggers exactly as they were, whatever happens in between.
 */

const HOUR = 3_600_000;
const setups: ReturnType<typeof tempApi>[] = [];
afterEach(() => {
  for (const setup of setups.splice(0)) setup.temp.remove();
});

function opened() {
  const setup = tempApi();
  setups.push(setup);
  return setup;
}

/** A varied batch: every stage, with and without agency, recruiter and hiring manager, tags, notes and briefs. */
function manyBids(count: number): NewBid[] {
  const { next: random, pick } = seededRandom(16);
  return Array.from({ length: count }, (_, index) => {
    const agency = random() < 0.3 ? null : pick(['Blue Quay Interim', 'Équipe Finance', 'Hays']);
    return {
      createdAt: TEST_NOW - index * HOUR,
      input: parsedBid({
        title: `Interim role ${index}`,
        client: random() < 0.1 ? null : { name: pick(['Northbridge Logistics', 'Kestrel Foods', 'Harbour Group']) },
        agency: agency ? { name: agency } : null,
        recruiter: agency && random() < 0.5 ? { name: pick(['Priya Patel', 'James Okafor']) } : null,
        hiringManager: random() < 0.3 ? { name: 'Dana Ashby' } : null,
        source: agency ? 'agency' : pick(SOURCES.filter((source) => source !== 'agency')),
        engagement: pick(ENGAGEMENTS),
        stage: pick(STAGES),
        tags: random() < 0.5 ? ['finance', 'erp'] : [],
        notes: random() < 0.5 ? `Notes on role ${index}` : '',
        briefChecklist: [
          { label: 'Scope', done: random() < 0.5 },
          { label: 'Budget', done: random() < 0.5 },
        ],
      }),
    };
  });
}

function triggers(sqlite: Database.Database) {
  return sqlite.prepare("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();
}

/** Everything a new bid leads to: the bid, its tags and event, its search entry and its facts. */
function derived(sqlite: Database.Database) {
  const all = (query: string) => sqlite.prepare(query).all();
  return {
    bids: all('SELECT id, title, client_id, agency_id, recruiter_id, hiring_manager_id, stage, stage_changed_at, created_at FROM opportunities ORDER BY id'),
    tags: all('SELECT opportunity_id, tag FROM opportunity_tags ORDER BY opportunity_id, tag'),
    events: all('SELECT opportunity_id, from_stage, to_stage, at FROM stage_events ORDER BY id'),
    search: all('SELECT rowid, * FROM opportunity_search ORDER BY rowid'),
    facts: all('SELECT * FROM bid_facts ORDER BY opportunity_id'),
  };
}

describe('adding bids in bulk', () => {
  it('stores the same bids, search entries and facts as adding them one by one through the triggers', () => {
    const bids = manyBids(BULK_BIDS_FROM * 3);
    const inBulk = opened();
    const oneByOne = opened();
    // Bids already stored before the bulk insert, which it must leave alone.
    for (const setup of [inBulk, oneByOne]) setup.api.createBid(parsedBid({ title: 'Stored before', agency: { name: 'Hays' } }));
    const before = triggers(inBulk.database.sqlite);

    writeTransaction(inBulk.database.db, (tx) => insertBids(tx, TEST_NOW, bids, refsLookedUpOnce(tx, TEST_NOW)));
    writeTransaction(oneByOne.database.db, (tx) => {
      const refs = refsLookedUpOnce(tx, TEST_NOW);
      for (const bid of bids) insertBids(tx, TEST_NOW, [bid], refs);
    });

    const bulk = derived(inBulk.database.sqlite);
    expect(bulk.bids).toHaveLength(bids.length + 1);
    expect(bulk).toEqual(derived(oneByOne.database.sqlite));
    expect(triggers(inBulk.database.sqlite)).toEqual(before);
    // And what a user sees through them: a search by agency and the board's lanes.
    const found = inBulk.api.getBoard({ filters: { text: 'equipe' }, pageSize: 50 });
    const expected = bids.filter(({ input: { agency } }) => agency !== null && 'name' in agency && agency.name === 'Équipe Finance');
    expect(expected.length).toBeGreaterThan(10);
    expect(found.totalMatching).toBe(expected.length);
    expect(found.columns.find((column) => column.stage === 'won')?.count).toBe(expected.filter((bid) => bid.input.stage === 'won').length);
  });

  it('sums up the outcome of a new bid that has one, as the triggers would', () => {
    /** A bid added and lost at once, with its outcome and two reasons: what a bulk insert of other data may hold. */
    const addLostBid = (sqlite: Database.Database) => {
      const bid = sqlite
        .prepare(`INSERT INTO opportunities (uid, title, source, engagement, stage, brief_checklist, stage_changed_at, created_at, updated_at)
          VALUES ('bid-1', 'Lost at once', 'agency', 'interim', 'rejected', '[]', ?, ?, ?)`)
        .run(TEST_NOW + 2 * HOUR, TEST_NOW, TEST_NOW).lastInsertRowid;
      const event = sqlite.prepare('INSERT INTO stage_events (uid, opportunity_id, from_stage, to_stage, at) VALUES (?, ?, ?, ?, ?)');
      event.run('event-1', bid, null, 'submitted', TEST_NOW);
      const closing = event.run('event-2', bid, 'submitted', 'rejected', TEST_NOW + 2 * HOUR).lastInsertRowid;
      const outcome = sqlite
        .prepare(`INSERT INTO rejection_outcomes (uid, opportunity_id, closing_event_id, closed_as, stage_reached, closed_on, created_at, updated_at)
          VALUES ('outcome-1', ?, ?, 'rejected', 'shortlisted', '2026-03-02', ?, ?)`)
        .run(bid, closing, TEST_NOW, TEST_NOW).lastInsertRowid;
      sqlite.prepare('INSERT INTO outcome_reasons (outcome_id, reason_id) SELECT ?, id FROM rejection_reasons WHERE code IN (?, ?)').run(outcome, 'preparation', 'internal_hire');
    };
    const inBulk = opened().database;
    const byTriggers = opened().database;
    writeTransaction(inBulk.db, (tx) => addingBidsInBulk(tx, () => addLostBid(inBulk.sqlite)));
    writeTransaction(byTriggers.db, () => addLostBid(byTriggers.sqlite));
    const facts = derived(inBulk.sqlite).facts;
    expect(facts).toEqual(derived(byTriggers.sqlite).facts);
    expect(facts).toMatchObject([{ furthest: 2, submitted_ms: 2 * HOUR, closed: 'lost', outcome_reached: 3, reached: 3, reasons_mine: 1, reasons_outside: 1 }]);
  });

  it('puts the triggers back when the insert fails halfway, and keeps nothing of it', () => {
    const { database } = opened();
    const before = triggers(database.sqlite);
    const bids = manyBids(BULK_BIDS_FROM);
    const broken = [...bids.slice(0, 10), { ...bids[10]!, input: { ...bids[10]!.input, title: null as unknown as string } }, ...bids.slice(11)];
    expect(() => writeTransaction(database.db, (tx) => insertBids(tx, TEST_NOW, broken))).toThrow(/NOT NULL constraint failed: opportunities.title/);
    expect(triggers(database.sqlite)).toEqual(before);
    expect(derived(database.sqlite)).toEqual({ bids: [], tags: [], events: [], search: [], facts: [] });
  });

  it('puts the triggers back after a failure even when called outside any transaction', () => {
    const { database } = opened();
    const before = triggers(database.sqlite);
    const failAfterOneBid = () => {
      database.sqlite
        .prepare(`INSERT INTO opportunities (uid, title, source, engagement, stage, brief_checklist, stage_changed_at, created_at, updated_at) VALUES ('bid-1', 'Kept?', 'agency', 'interim', 'lead', '[]', 1, 1, 1)`)
        .run();
      throw new Error('disk full (injected)');
    };
    expect(() => addingBidsInBulk(database.db, failAfterOneBid)).toThrow('disk full (injected)');
    expect(triggers(database.sqlite)).toEqual(before);
    expect(derived(database.sqlite).bids).toEqual([]);
  });

  it('refuses what the guard triggers would: a bid or an event without its uid', () => {
    const { database } = opened();
    const before = triggers(database.sqlite);
    const insertWithoutUid = () =>
      database.sqlite
        .prepare(`INSERT INTO opportunities (title, source, engagement, stage, brief_checklist, stage_changed_at, created_at, updated_at) VALUES ('No uid', 'agency', 'interim', 'lead', '[]', 1, 1, 1)`)
        .run();
    expect(() => writeTransaction(database.db, (tx) => addingBidsInBulk(tx, insertWithoutUid))).toThrow('NOT NULL constraint failed: opportunities.uid');
    expect(triggers(database.sqlite)).toEqual(before);
    expect(derived(database.sqlite).bids).toEqual([]);
  });

  it('refuses a trigger it does not know, and events added to bids stored before it', () => {
    const { api, database } = opened();
    const stored = api.createBid(parsedBid());
    database.sqlite.exec("CREATE TRIGGER later_migration AFTER INSERT ON opportunities BEGIN SELECT 1; END");
    expect(() => writeTransaction(database.db, (tx) => addingBidsInBulk(tx, () => undefined))).toThrow(/does not know the trigger\(s\) later_migration/);
    database.sqlite.exec('DROP TRIGGER later_migration');
    // A known trigger made again with another body, as a migration may: its work here would no longer be its work.
    const [search] = database.sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'opportunities_search_insert'").pluck().all() as string[];
    database.sqlite.exec(`DROP TRIGGER opportunities_search_insert; ${search?.replace('new.title', "new.title || ''")}`);
    expect(() => writeTransaction(database.db, (tx) => addingBidsInBulk(tx, () => undefined))).toThrow(/does not know the trigger\(s\) opportunities_search_insert/);
    database.sqlite.exec(`DROP TRIGGER opportunities_search_insert; ${search}`);

    const before = derived(database.sqlite);
    const moveStored = () =>
      database.sqlite.prepare("INSERT INTO stage_events (uid, opportunity_id, from_stage, to_stage, at) VALUES ('0190-test', ?, 'lead', 'brief', 2)").run(stored.id);
    expect(() => writeTransaction(database.db, (tx) => addingBidsInBulk(tx, moveStored))).toThrow(/added events to bids that were already stored/);
    expect(derived(database.sqlite)).toEqual(before);
  });
});
