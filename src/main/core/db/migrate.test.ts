import fs, { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate as drizzleMigrate } from 'drizzle-orm/better-sqlite3/migrator';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../api';
import { fixedClock } from '../clock';
import { bidInput } from '../test-support/bid-input';
import { migrationsWith as migrationsWithExtra } from '../test-support/migrations';
import { MIGRATIONS_FOLDER, tempDatabase, TEST_NOW, type TempDatabase } from '../test-support/temp-database';
import { createBidSchema } from '../../../shared/schemas';
import { openDatabase } from './open';

let temp: TempDatabase;
afterEach(() => temp?.remove());

function migrationsWith(extraSql: string, tag?: string): string {
  return migrationsWithExtra(temp.dir, extraSql, tag);
}

/** The statements drizzle-kit writes when it rebuilds `opportunities` (as it does to change a column or a check). */
function rebuildOpportunitiesSql(sqlite: Database.Database): string {
  const ddl = sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'opportunities'`).pluck().get() as string;
  const columns = (sqlite.prepare(`PRAGMA table_info(opportunities)`).all() as { name: string }[]).map((c) => `\`${c.name}\``).join(', ');
  return [
    'PRAGMA foreign_keys=OFF;',
    ddl.replace('CREATE TABLE `opportunities`', 'CREATE TABLE `__new_opportunities`'),
    `INSERT INTO \`__new_opportunities\`(${columns}) SELECT ${columns} FROM \`opportunities\`;`,
    'DROP TABLE `opportunities`;',
    'ALTER TABLE `__new_opportunities` RENAME TO `opportunities`;',
    'PRAGMA foreign_keys=ON;',
  ].join('\n--> statement-breakpoint\n');
}

function populate(file: string): void {
  const database = openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER });
  const api = createApi(database.db, fixedClock(TEST_NOW));
  for (let index = 0; index < 3; index += 1) {
    const bid = api.createBid(createBidSchema.parse(bidInput({ title: `Bid ${index}`, tags: ['finance', 'erp'] })));
    api.moveBid({ id: bid.id, to: 'submitted' });
  }
  database.close();
}

function childCounts(sqlite: Database.Database) {
  return {
    events: sqlite.prepare('SELECT count(*) FROM stage_events').pluck().get(),
    tags: sqlite.prepare('SELECT count(*) FROM opportunity_tags').pluck().get(),
  };
}

function schemaDump(sqlite: Database.Database): unknown {
  return sqlite.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY name`).all();
}

describe('opening a database', () => {
  it('creates every table, the search index and the pragmas on an empty file', () => {
    temp = tempDatabase();
    const { sqlite, migration } = temp.open();
    const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['opportunities', 'organisations', 'contacts', 'stage_events', 'opportunity_tags', 'opportunity_search']));
    expect(migration.applied).toBe(migration.known);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(1);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('applies nothing the second time and keeps the data', () => {
    temp = tempDatabase();
    populate(temp.file);
    const reopened = temp.open();
    expect(reopened.migration.applied).toBe(0);
    expect(childCounts(reopened.sqlite)).toEqual({ events: 6, tags: 6 });
  });

  it('reads the migration files once when it upgrades a database, for the check, the backup and the upgrade', () => {
    temp = tempDatabase();
    populate(temp.file);
    const folder = migrationsWith('CREATE TABLE later_feature (id integer PRIMARY KEY);');
    const read = vi.spyOn(fs, 'readFileSync');
    let backedUp = 0;
    const { migration, close } = openDatabase(temp.file, { migrationsFolder: folder, beforeUpgrade: () => (backedUp += 1) });
    close();
    const journalReads = read.mock.calls.filter(([path]) => String(path).startsWith(folder) && String(path).endsWith('_journal.json'));
    expect({ backedUp, applied: migration.applied, journalReads: journalReads.length }).toEqual({ backedUp: 1, applied: 1, journalReads: 1 });
  });

  it('refuses a database written by a newer Stint and leaves it untouched', () => {
    temp = tempDatabase();
    populate(temp.file);
    const raw = new Database(temp.file);
    raw.prepare(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', 99999999999999)`).run();
    raw.close();
    const before = readFileSync(temp.file);
    expect(() => temp.open()).toThrow(/newer version of Stint/);
    expect(readFileSync(temp.file).equals(before)).toBe(true);
  });

  it("refuses another program's SQLite database and leaves it byte for byte as it was", () => {
    temp = tempDatabase();
    const other = new Database(temp.file);
    other.exec('CREATE TABLE songs (title text); INSERT INTO songs VALUES (\'Blue\');');
    other.close();
    const before = readFileSync(temp.file);
    expect(() => temp.open()).toThrow("This file is another program's SQLite database (it has 1 table, none of them Stint's). Choose another file; this one was left as it was.");
    expect(readFileSync(temp.file).equals(before)).toBe(true);
  });

  it('leaves a refused database byte for byte as it was, journal mode included', () => {
    temp = tempDatabase();
    populate(temp.file);
    const raw = new Database(temp.file);
    raw.prepare(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', 99999999999999)`).run();
    // A file in the rollback-journal mode: switching it to WAL would rewrite bytes 18 and 19 of its header.
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = readFileSync(temp.file);
    expect([before[18], before[19]]).toEqual([1, 1]);
    expect(() => temp.open()).toThrow('This database was written by a newer version of Stint. Update Stint to open it; nothing was changed.');
    expect(readFileSync(temp.file).equals(before)).toBe(true);
  });
});

describe('a migration that rebuilds a table with children', () => {
  it("keeps every child row, where drizzle's own migrator would cascade-delete them", () => {
    temp = tempDatabase();
    populate(temp.file);
    const probe = new Database(temp.file);
    const rebuild = rebuildOpportunitiesSql(probe);
    probe.close();
    const folder = migrationsWith(rebuild);

    // The hazard is real: the same migration through drizzle's migrator empties the child tables.
    const copy = join(temp.dir, 'copy.db');
    cpSync(temp.file, copy);
    const copySqlite = new Database(copy);
    copySqlite.pragma('foreign_keys = ON');
    copySqlite.pragma('legacy_alter_table = ON');
    drizzleMigrate(drizzle({ client: copySqlite }), { migrationsFolder: folder });
    expect(childCounts(copySqlite)).toEqual({ events: 0, tags: 0 });
    copySqlite.close();

    const { sqlite, migration } = temp.open(folder);
    expect(migration.applied).toBe(1);
    expect(childCounts(sqlite)).toEqual({ events: 6, tags: 6 });
    expect(sqlite.prepare('SELECT count(*) FROM opportunities').pluck().get()).toBe(3);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('legacy_alter_table', { simple: true })).toBe(0);
  });

  it('rolls back whole when the migration leaves broken links, and keeps foreign keys on', () => {
    temp = tempDatabase();
    populate(temp.file);
    const folder = migrationsWith('DELETE FROM organisations;');
    const probe = new Database(temp.file);
    const before = { schema: schemaDump(probe), orgs: probe.prepare('SELECT count(*) FROM organisations').pluck().get() };
    probe.close();

    expect(() => temp.open(folder)).toThrow(/break \d+ link/);
    const after = new Database(temp.file);
    expect(schemaDump(after)).toEqual(before.schema);
    expect(after.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(before.orgs);
    after.close();
  });

  it('refuses a migration that commits part of itself, before running any of it', () => {
    temp = tempDatabase();
    populate(temp.file);
    const folder = migrationsWith(['CREATE TABLE half_done (id integer);', 'COMMIT;', "UPDATE opportunities SET title = 'changed';"].join('\n--> statement-breakpoint\n'));
    const probe = new Database(temp.file);
    const before = { schema: schemaDump(probe), titles: probe.prepare('SELECT title FROM opportunities ORDER BY id').pluck().all() };
    probe.close();

    expect(() => temp.open(folder)).toThrow('A database upgrade contains a COMMIT statement, which would apply it only in part, so it was not applied; nothing was changed.');
    const after = new Database(temp.file);
    expect(schemaDump(after)).toEqual(before.schema);
    expect(after.prepare('SELECT title FROM opportunities ORDER BY id').pluck().all()).toEqual(before.titles);
    after.close();
  });

  it('leaves schema and data exactly as they were when a statement fails halfway', () => {
    temp = tempDatabase();
    populate(temp.file);
    const folder = migrationsWith(['CREATE TABLE half_done (id integer);', 'UPDATE opportunities SET title = \'changed\';', 'SELECT no_such_function();'].join('\n--> statement-breakpoint\n'));
    const probe = new Database(temp.file);
    const before = { schema: schemaDump(probe), titles: probe.prepare('SELECT title FROM opportunities ORDER BY id').pluck().all() };
    probe.close();

    expect(() => temp.open(folder)).toThrow(/upgrade failed and was rolled back/);
    const after = new Database(temp.file);
    expect(schemaDump(after)).toEqual(before.schema);
    expect(after.prepare('SELECT title FROM opportunities ORDER BY id').pluck().all()).toEqual(before.titles);
    after.close();
  });
});
