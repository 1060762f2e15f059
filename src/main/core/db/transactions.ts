import type { Db } from './open';

/**
 * Runs `work` as one write transaction that takes SQLite's write lock as it begins (BEGIN IMMEDIATE). Every
 * service writes through this, and ESLint refuses `.transaction(` anywhere else in the core.
 *
 * The desktop app and `npm run web` open the same file by default. A DEFERRED transaction (drizzle's default)
 * reads first and asks for the write lock only at its first write; if the other host has written in between,
 * its snapshot is stale, so SQLite fails at once with SQLITE_BUSY ("database is locked") instead of waiting out
 * `busy_timeout`. Asking for the lock before the first read makes the second writer wait its turn.
 *
 * Inside another transaction this becomes a savepoint of it, which already holds the lock.
 */
export function writeTransaction<T>(db: Db, work: (tx: Db) => T): T {
  return db.transaction(work, { behavior: 'immediate' });
}

/**
 * Runs `work` against one snapshot of the database. It writes only to the connection's temp tables, so it
 * never takes the write lock and never waits for the other host's writes: WAL lets it read meanwhile.
 */
export function readTransaction<T>(db: Db, work: (tx: Db) => T): T {
  return db.transaction(work, { behavior: 'deferred' });
}
