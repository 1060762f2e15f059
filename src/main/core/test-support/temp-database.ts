import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixedClock } from '../clock';
import { openDatabase, type StintDatabase } from '../db/open';
import { openSession } from '../session/database-session';

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

/** The whole API, as a host serves it (`openSession`), over a fresh database with a clock the test controls. */
export function tempApi() {
  const temp = tempDatabase();
  const clock = fixedClock(TEST_NOW);
  const session = openSession({ file: temp.file, migrationsFolder: MIGRATIONS_FOLDER, clock });
  const database = session.database();
  if (!database) throw new Error(`The test database did not open: ${JSON.stringify(session.status())}`);
  const remove = temp.remove;
  temp.remove = () => {
    session.close();
    remove();
  };
  return { temp, database, clock, api: session.api, session };
}
