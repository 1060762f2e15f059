import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_REASONS } from '../../../shared/domain';
import { matchKey } from '../../../shared/match-key';
import { migrationsUpTo } from '../test-support/migrations';
import { tempDatabase, TEST_NOW, type TempDatabase } from '../test-support/temp-database';

/** The last migration of the version before interviews, outcomes, skills and contracts. */
const PREVIOUS_VERSION = '0007_closed_lane_indexes';

let temp: TempDatabase;
afterEach(() => temp?.remove());

/**
 * A won bid and a lost one with their stage histories, written as the previous version stored them: in SQL, as
 * today's services also read tables that version did not have.
 */
function fillAsThePreviousVersionDid(sqlite: Database.Database): void {
  const bid = sqlite.prepare(
    `INSERT INTO opportunities (id, title, source, engagement, stage, brief_checklist, stage_changed_at, created_at, updated_at)
     VALUES (?, ?, 'agency', 'interim', ?, '[]', ?, ?, ?)`,
  );
  bid.run(1, 'Interim CFO', 'won', TEST_NOW, TEST_NOW, TEST_NOW);
  bid.run(2, 'Programme Director', 'rejected', TEST_NOW, TEST_NOW, TEST_NOW);
  const event = sqlite.prepare('INSERT INTO stage_events (opportunity_id, from_stage, to_stage, at) VALUES (?, ?, ?, ?)');
  event.run(1, null, 'offer', TEST_NOW);
  event.run(1, 'offer', 'won', TEST_NOW);
  event.run(2, null, 'interview', TEST_NOW);
  event.run(2, 'interview', 'rejected', TEST_NOW);
  sqlite.prepare(`INSERT INTO opportunity_tags (opportunity_id, tag, tag_key) VALUES (1, 'finance', 'finance')`).run();
}

function upgradedFromPreviousVersion() {
  temp = tempDatabase();
  const previous = temp.open(migrationsUpTo(temp.dir, PREVIOUS_VERSION));
  fillAsThePreviousVersionDid(previous.sqlite);
  const before = previous.sqlite.prepare('SELECT id, title, stage FROM opportunities ORDER BY id').all();
  const eventsBefore = previous.sqlite.prepare('SELECT count(*) FROM stage_events').pluck().get();
  previous.close();
  return { upgraded: temp.open(), before, eventsBefore };
}

describe('upgrading a database from the version before rejection learning', () => {
  it('keeps every bid and stage event as they were', () => {
    const { upgraded, before, eventsBefore } = upgradedFromPreviousVersion();
    expect(upgraded.sqlite.prepare('SELECT id, title, stage FROM opportunities ORDER BY id').all()).toEqual(before);
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM stage_events').pluck().get()).toBe(eventsBefore);
  });

  it('adds the built-in rejection reasons exactly as the app lists them, none retired', () => {
    const { upgraded } = upgradedFromPreviousVersion();
    const stored = upgraded.sqlite
      .prepare('SELECT code, label, label_key AS labelKey, control, points_at_gap AS gap, retired_at AS retiredAt FROM rejection_reasons ORDER BY id')
      .all();
    expect(stored).toEqual(
      BUILT_IN_REASONS.map((reason) => ({ code: reason.code, label: reason.label, labelKey: matchKey(reason.label), control: reason.control, gap: reason.gap ? 1 : 0, retiredAt: null })),
    );
  });

  it('starts with no interviews, outcomes, skills or contracts, and their tables take rows linked to old bids', () => {
    const { upgraded } = upgradedFromPreviousVersion();
    for (const table of ['interviews', 'rejection_outcomes', 'skills', 'development_actions', 'contracts']) {
      expect(upgraded.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    const lostId = upgraded.sqlite.prepare(`SELECT id FROM opportunities WHERE stage = 'rejected'`).pluck().get();
    const closingEvent = upgraded.sqlite.prepare(`SELECT id FROM stage_events WHERE opportunity_id = ? AND to_stage = 'rejected'`).pluck().get(lostId);
    upgraded.sqlite
      .prepare(
        `INSERT INTO rejection_outcomes (uid, opportunity_id, closing_event_id, closed_as, stage_reached, closed_on, created_at, updated_at)
         VALUES (stint_record_uid(0), ?, ?, 'rejected', 'interview', '2026-03-02', 0, 0)`,
      )
      .run(lostId, closingEvent);
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM rejection_outcomes').pluck().get()).toBe(1);
  });
});
