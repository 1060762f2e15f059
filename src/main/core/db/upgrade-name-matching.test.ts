import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { apiContract } from '../../../shared/contract';
import { matchKey } from '../../../shared/match-key';
import { createApi } from '../api';
import { fixedClock } from '../clock';
import { parsedBid } from '../test-support/bid-input';
import { migrationsUpTo } from '../test-support/migrations';
import { tempDatabase, TEST_NOW, type TempDatabase } from '../test-support/temp-database';

/** The last migration of the version before names were matched by their key. */
const PREVIOUS_VERSION = '0002_live_stage_index';

let temp: TempDatabase;
afterEach(() => temp?.remove());

/**
 * What the previous version could store: its unique index folded ASCII letters only, so each of these names
 * was kept beside another spelling of itself, and its tags were lower-cased ("İ" into two characters).
 */
function fillAsThePreviousVersionDid(sqlite: Database.Database): void {
  const organisation = sqlite.prepare(`INSERT INTO organisations (id, name, kind, created_at, updated_at) VALUES (?, ?, ?, 0, 0)`);
  organisation.run(1, 'Équipe Finance Intérim', 'agency');
  organisation.run(2, 'Northbridge Logistics', 'client');
  organisation.run(3, 'équipe finance intérim', 'client');
  organisation.run(4, 'E\u0301quipe Finance Inte\u0301rim', 'agency');
  organisation.run(5, 'Straße Partners', 'client');
  organisation.run(6, 'STRASSE PARTNERS', 'client');

  const contact = sqlite.prepare(`INSERT INTO contacts (id, name, organisation_id, created_at, updated_at) VALUES (?, ?, ?, 0, 0)`);
  contact.run(1, "Zoë Ó'Sullivan-Müller", 1);
  contact.run(2, "zoë ó'sullivan-müller", 3);
  contact.run(3, 'Zoë Ó’Sullivan-Müller', null);
  contact.run(4, 'Priya Patel', null);
  contact.run(5, 'Sam Hughes', null);
  contact.run(6, 'Sam  Hughes', 6);

  const bid = sqlite.prepare(
    `INSERT INTO opportunities (id, title, client_id, agency_id, recruiter_id, hiring_manager_id, source, engagement, stage,
       brief_checklist, stage_changed_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'agency', 'interim', 'submitted', '[]', 0, 0, 0)`,
  );
  bid.run(1, 'Interim CFO', 3, 1, 2, 3);
  bid.run(2, 'Programme Manager', 2, 4, 3, null);
  bid.run(3, 'Turnaround Director', 6, null, 1, 6);
  bid.run(4, 'Finance Business Partner', null, 1, 5, 4);

  const tag = sqlite.prepare('INSERT INTO opportunity_tags (opportunity_id, tag) VALUES (?, ?)');
  tag.run(1, 'pe-backed');
  tag.run(2, 'straße');
  tag.run(2, 'strasse');
  tag.run(3, 'İ'.repeat(40).toLowerCase());
  // "İstanbul" lower-cased ("i" and a combining dot) beside the plain spelling: one tag once the dot goes.
  tag.run(4, 'İstanbul'.toLowerCase());
  tag.run(4, 'istanbul');
}

/** Each bid's links, read as the names they lead to, compared by the key that now identifies a name. */
function linksByName(sqlite: Database.Database) {
  return sqlite
    .prepare(
      `SELECT o.id, c.name AS client, a.name AS agency, r.name AS recruiter, h.name AS hiringManager
       FROM opportunities o
       LEFT JOIN organisations c ON c.id = o.client_id
       LEFT JOIN organisations a ON a.id = o.agency_id
       LEFT JOIN contacts r ON r.id = o.recruiter_id
       LEFT JOIN contacts h ON h.id = o.hiring_manager_id
       ORDER BY o.id`,
    )
    .all()
    .map((row) => Object.fromEntries(Object.entries(row as Record<string, unknown>).map(([key, value]) => [key, typeof value === 'string' ? matchKey(value) : value])));
}

function upgradedDatabase() {
  temp = tempDatabase();
  const previous = temp.open(migrationsUpTo(temp.dir, PREVIOUS_VERSION));
  fillAsThePreviousVersionDid(previous.sqlite);
  const linksBefore = linksByName(previous.sqlite);
  previous.close();
  const upgraded = temp.open();
  return { ...upgraded, linksBefore, api: createApi(upgraded.db, fixedClock(TEST_NOW)) };
}

describe('upgrading a database that holds one name in several spellings', () => {
  it('merges each organisation into the oldest record, as both agency and client where it was named as both', () => {
    const { sqlite, migration } = upgradedDatabase();
    expect(migration.applied).toBeGreaterThan(0);
    expect(sqlite.prepare('SELECT id, name, kind FROM organisations ORDER BY id').all()).toEqual([
      { id: 1, name: 'Équipe Finance Intérim', kind: 'both' },
      { id: 2, name: 'Northbridge Logistics', kind: 'client' },
      { id: 5, name: 'Straße Partners', kind: 'client' },
    ]);
  });

  it("merges each contact, keeping a duplicate's organisation when the oldest had none", () => {
    const { sqlite } = upgradedDatabase();
    expect(sqlite.prepare('SELECT id, name, organisation_id AS organisationId FROM contacts ORDER BY id').all()).toEqual([
      { id: 1, name: "Zoë Ó'Sullivan-Müller", organisationId: 1 },
      { id: 4, name: 'Priya Patel', organisationId: null },
      { id: 5, name: 'Sam Hughes', organisationId: 5 },
    ]);
  });

  it('keeps every link of every bid, to the surviving record of the same name', () => {
    const { sqlite, linksBefore } = upgradedDatabase();
    expect(linksByName(sqlite)).toEqual(linksBefore);
    expect(sqlite.prepare('SELECT id, client_id, agency_id, recruiter_id, hiring_manager_id FROM opportunities ORDER BY id').raw().all()).toEqual([
      [1, 1, 1, 1, 1],
      [2, 2, 1, 1, null],
      [3, 5, null, 1, 5],
      [4, null, 1, 5, 4],
    ]);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('still finds merged bids by their client, agency or contact name', () => {
    const { api } = upgradedDatabase();
    const titlesFound = (text: string) =>
      api
        .getBoard(apiContract.getBoard.input.parse({ filters: { text } }))
        .columns.flatMap((column) => column.cards.map((card) => card.title))
        .sort();
    expect(titlesFound('équipe')).toEqual(['Finance Business Partner', 'Interim CFO', 'Programme Manager']);
    expect(titlesFound('sullivan')).toEqual(['Interim CFO', 'Programme Manager', 'Turnaround Director']);
    expect(titlesFound('straße')).toEqual(['Turnaround Director']);
  });

  it('reuses the merged records for names typed afterwards in yet another spelling', () => {
    const { api, sqlite } = upgradedDatabase();
    const bid = api.createBid(parsedBid({ client: { name: 'ÉQUIPE FINANCE INTÉRIM' }, agency: { name: 'strasse partners' }, recruiter: { name: 'ZOË Ó’SULLIVAN-MÜLLER' } }));
    expect([bid.client?.id, bid.agency?.id, bid.recruiter?.id]).toEqual([1, 5, 1]);
    expect(sqlite.prepare(`SELECT kind FROM organisations WHERE id = 5`).pluck().get()).toBe('both');
  });

  it("keeps one spelling of a bid's tag, and shortens tags that lower-casing had taken past the limit", () => {
    const { api } = upgradedDatabase();
    expect(api.getBid({ id: 2 }).tags).toEqual(['straße']);
    expect(api.getBid({ id: 4 }).tags).toEqual(['istanbul']);
    const listed = api.listTags(undefined);
    expect(listed).toEqual(['i'.repeat(40), 'istanbul', 'pe-backed', 'straße']);
    for (const tag of listed) {
      const board = api.getBoard(apiContract.getBoard.input.parse({ filters: { tags: [tag] } }));
      expect(board.totalMatching).toBe(1);
    }
    expect(api.getBoard(apiContract.getBoard.input.parse({ filters: { tags: ['PE-Backed'] } })).totalMatching).toBe(1);
  });
});
