import { afterEach, describe, expect, it } from 'vitest';
import { migrationsUpTo } from '../test-support/migrations';
import { samplePipelineStoredAt } from '../test-support/populated-at';
import type { TempDatabase } from '../test-support/temp-database';

let temp: TempDatabase | undefined;
afterEach(() => temp?.remove());

/** Every table of records, and the column that says when each row was made. */
const RECORD_TABLES = {
  organisations: 'created_at',
  contacts: 'created_at',
  opportunities: 'created_at',
  stage_events: 'at',
  interviews: 'created_at',
  rejection_reasons: 'created_at',
  rejection_outcomes: 'created_at',
  skills: 'created_at',
  development_actions: 'created_at',
  skill_reviews: 'started_at',
  contracts: 'created_at',
  contract_end_changes: 'at',
  interactions: 'created_at',
  reminders: 'created_at',
} as const;

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The milliseconds a UUIDv7 was made at: its first 48 bits. */
function madeAt(uid: string): number {
  return Number.parseInt(uid.replaceAll('-', '').slice(0, 12), 16);
}

describe('upgrading a database from the version before stable record ids', () => {
  it('gives every stored record its own UUIDv7, made at the time the record was', () => {
    temp = samplePipelineStoredAt('0020_backfill_closed_by');
    // Up to migration 0022 only: 0023 then gives the built-in reasons uids of their code (upgrade-reason-uids.test.ts).
    const upgraded = temp.open(migrationsUpTo(temp.dir, '0022_backfill_record_ids'));
    for (const [table, made] of Object.entries(RECORD_TABLES)) {
      const rows = upgraded.sqlite.prepare(`SELECT uid, ${made} AS made FROM ${table}`).all() as { uid: string; made: number }[];
      expect(rows.length, `${table} has rows to upgrade`).toBeGreaterThan(0);
      expect(rows.every((row) => UUID_V7.test(row.uid)), table).toBe(true);
      expect(new Set(rows.map((row) => row.uid)).size, table).toBe(rows.length);
      expect(rows.every((row) => madeAt(row.uid) === row.made), table).toBe(true);
    }
  });

  it('gives every record a time of its last change, never before it was made', () => {
    temp = samplePipelineStoredAt('0020_backfill_closed_by');
    const upgraded = temp.open();
    for (const [table, made] of Object.entries(RECORD_TABLES)) {
      const early = upgraded.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE updated_at IS NULL OR updated_at < ${made}`).pluck().get();
      expect(early, table).toBe(0);
    }
  });

  it('refuses a record written without an id, as NOT NULL would, and an id taken twice', () => {
    temp = samplePipelineStoredAt('0020_backfill_closed_by');
    const { sqlite } = temp.open();
    expect(() => sqlite.prepare(`INSERT INTO skills (name, name_key, level, created_at, updated_at) VALUES ('Treasury', 'treasury', 3, 0, 0)`).run()).toThrow(
      'NOT NULL constraint failed: skills.uid',
    );
    expect(() => sqlite.prepare('UPDATE contacts SET uid = NULL WHERE id = (SELECT min(id) FROM contacts)').run()).toThrow('NOT NULL constraint failed: contacts.uid');
    expect(() => sqlite.prepare('UPDATE contacts SET uid = (SELECT max(uid) FROM contacts) WHERE id = (SELECT min(id) FROM contacts)').run()).toThrow(
      'UNIQUE constraint failed: contacts.uid',
    );
  });
});
