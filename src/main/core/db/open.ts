import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import * as schema from './schema';
import { hasRecordsToUpgrade, readMigrations, refuseNewerDatabase, runMigrations, type MigrationReport } from './migrate';
import { registerSqlFunctions } from './sql-functions';
import { checkWritable, notWritableError } from './writable';
import { refuseDamagedDatabase, unreadableDatabaseError } from './integrity';

/** A database handle or an open transaction: services take either, so they compose inside one transaction. */
export type Db = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;

export interface StintDatabase {
  /** The drizzle handle every service uses. */
  db: Db;
  /** The driver underneath, for pragmas, transactions and the few statements drizzle cannot express. */
  sqlite: Database.Database;
  migration: MigrationReport;
  close(): void;
}

export interface OpenOptions {
  migrationsFolder: string;
  readonly?: boolean;
  /** Called before an existing database is upgraded, once it is known to be sound: where the backup is taken. */
  beforeUpgrade?: (sqlite: Database.Database) => void;
}

/**
 * Opens (or creates) a Stint database: checks it, sets the pragmas and brings the schema up to date. A file or
 * folder that cannot be written is refused here (`DatabaseNotWritableError`), rather than at the first save; a
 * damaged file (`DatabaseDamagedError`, SQLite's quick check) or one that is no database (`NotADatabaseError`)
 * before anything is written to it.
 */
export function openDatabase(file: string, options: OpenOptions): StintDatabase {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: options.readonly ?? false });
  } catch (error) {
    throw notWritableError(error, file) ?? error;
  }
  try {
    // The shipped migrations, read from the folder once for the three steps that need them (none when read-only).
    const migrations = options.readonly ? [] : readMigrations(options.migrationsFolder);
    // Both only read, so a refused file stays byte for byte as it was; a damaged one is never written to.
    if (!options.readonly) refuseNewerDatabase(sqlite, migrations);
    refuseDamagedDatabase(sqlite, file);
    // WAL lets the UI read while a write commits, and survives a crash of the app without damage.
    sqlite.pragma('journal_mode = WAL');
    // NORMAL in WAL mode never corrupts the file; at worst a power cut loses the last moments of commits,
    // which keeps a stage move well under a millisecond instead of waiting on a disk flush each time.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // Up to 64 MiB of pages kept in memory (SQLite's default is 2 MiB). Taken only as pages are read; with the
    // default, Insights on 100,000 bids re-read its indexes from the file on every call.
    sqlite.pragma('cache_size = -65536');
    registerSqlFunctions(sqlite);
    if (!options.readonly) checkWritable(sqlite);
    if (!options.readonly && options.beforeUpgrade && hasRecordsToUpgrade(sqlite, migrations)) options.beforeUpgrade(sqlite);
    const migration = options.readonly ? { applied: 0, known: 0 } : runMigrations(sqlite, migrations);
    const db = drizzle({ client: sqlite, schema });
    return { db, sqlite, migration, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw notWritableError(error, file) ?? unreadableDatabaseError(error, file) ?? error;
  }
}
