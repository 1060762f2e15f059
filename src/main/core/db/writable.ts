import { accessSync, constants } from 'node:fs';
import { basename, dirname } from 'node:path';
import type Database from 'better-sqlite3';

/** The database can be read but not written: said at start-up, naming what to fix, instead of at every save. */
export class DatabaseNotWritableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DatabaseNotWritableError';
  }
}

/** True for a file or folder that exists but that this process may not write to. */
function isReadOnly(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/**
 * The error to show for a failure to open or write `file`, when it comes from the file or its folder being
 * read-only; null for any other failure. SQLite needs the folder as well as the file: in WAL mode it creates
 * `<file>-wal` and `<file>-shm` beside the database.
 */
export function notWritableError(error: unknown, file: string): DatabaseNotWritableError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !(code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN')) return null;
  const folder = dirname(file);
  if (code === 'SQLITE_READONLY_DIRECTORY' || isReadOnly(folder)) {
    return new DatabaseNotWritableError(
      `Stint cannot save to its database ${file}, because the folder ${folder} is read-only for your user account ` +
        `(SQLite keeps its journal, ${basename(file)}-wal, beside the database). Make the folder writable for you, ` +
        'or move the database to a folder you own, then start Stint again.',
      { cause: error },
    );
  }
  if (code === 'SQLITE_CANTOPEN') return null;
  return new DatabaseNotWritableError(
    `Stint cannot save to its database ${file}, because the file is read-only for your user account (it may ` +
      'belong to another user, or have been copied from a read-only place). Make the file writable for you, then ' +
      'start Stint again.',
    { cause: error },
  );
}

/**
 * Proves that the database can be written before anything is shown. SQLite opens a file it cannot write
 * read-only without a word, and every read works; only the first save would fail ("attempt to write a readonly
 * database"). The probe creates a table and rolls it back, so nothing reaches the file.
 */
export function checkWritable(sqlite: Database.Database): void {
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    sqlite.exec('CREATE TABLE stint_write_probe (id INTEGER)');
  } finally {
    sqlite.exec('ROLLBACK');
  }
}
