import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi } from '../api';
import { fixedClock } from '../clock';
import { openDatabase, type StintDatabase } from '../db/open';

/** The real migrations the app ships. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../../drizzle', import.meta.url));

export interface TempDatabase {
  dir: string;
  file: string;
  open(migrationsFolder?: string): StintDatabase;
  remove(): void;
}

/** A database file in a fresh temporary folder: tests run against real SQLite, never a mock. */
export function tempDatabase(): TempDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'stint-test-'));
  const file = join(dir, 'stint.db');
  const opened: StintDatabase[] = [];
  return {
    dir,
    file,
    open(migrationsFolder = MIGRATIONS_FOLDER) {
      const database = openDatabase(file, { migrationsFolder });
      opened.push(database);
      return database;
    },
    remove() {
      for (const database of opened) if (database.sqlite.open) database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** 2026-03-02 09:00 UTC: a Monday, so that day arithmetic in tests is easy to follow. */
export const TEST_NOW = Date.UTC(2026, 2, 2, 9, 0, 0);

/** An API over a fresh database with a clock the test controls. */
export function tempApi() {
  const temp = tempDatabase();
  const database = temp.open();
  const clock = fixedClock(TEST_NOW);
  const api = createApi(database.db, clock);
  return { temp, database, clock, api };
}
