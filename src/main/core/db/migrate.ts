import type Database from 'better-sqlite3';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { transactionStatements } from './transaction-statements';

/** drizzle-kit's own bookkeeping table, kept in its format so that its tools read our databases. */
const MIGRATIONS_TABLE = '__drizzle_migrations';

/** Why a database was not brought up to date: written by a newer Stint, another program's, or the upgrade failed. */
export type MigrationFailure = 'newer_version' | 'not_stint' | 'upgrade_failed';

export class MigrationError extends Error {
  readonly failure: MigrationFailure;
  constructor(message: string, options?: ErrorOptions & { failure?: MigrationFailure }) {
    super(message, options);
    this.name = 'MigrationError';
    this.failure = options?.failure ?? 'upgrade_failed';
  }
}

export interface MigrationReport {
  applied: number;
  known: number;
}

/** The migrations in `migrationsFolder`, read once at start-up and handed to each step below. */
export function readMigrations(migrationsFolder: string): MigrationMeta[] {
  return readMigrationFiles({ migrationsFolder });
}

/**
 * Applies the pending ones of `migrations` (as `readMigrations` gives them) all together or not at all.
 *
 * drizzle's own migrator runs inside a transaction, where `PRAGMA foreign_keys=OFF` is silently ignored, so a
 * drizzle-kit table rebuild (`DROP TABLE` + copy) would fire `ON DELETE CASCADE` and empty child tables. Here
 * foreign keys are switched off *before* the transaction begins, every violation is checked before commit, and
 * enforcement is restored whatever happens.
 *
 * `legacy_alter_table` is on for the same rebuilds: SQLite's own recipe for changing a table renames the copy
 * into place, and the modern rename re-checks every trigger in the schema mid-rebuild, failing on triggers of
 * other tables (the search index's) that name the table being rebuilt.
 */
export function runMigrations(sqlite: Database.Database, migrations: readonly MigrationMeta[]): MigrationReport {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
  const appliedAt = sqlite
    .prepare(`SELECT created_at FROM "${MIGRATIONS_TABLE}"`)
    .pluck()
    .all()
    .map(Number);
  refuseUnknownMigrations(appliedAt, migrations);
  const lastApplied = appliedAt.length > 0 ? Math.max(...appliedAt) : -Infinity;
  const pending = migrations.filter((migration) => migration.folderMillis > lastApplied);
  if (pending.length === 0) return { applied: 0, known: migrations.length };
  refuseTransactionStatements(pending);

  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma('legacy_alter_table = ON');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      const record = sqlite.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" (hash, created_at) VALUES (?, ?)`);
      for (const migration of pending) {
        for (const statement of migration.sql) {
          if (statement.trim()) sqlite.exec(statement);
        }
        record.run(migration.hash, migration.folderMillis);
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new MigrationError(`The upgrade would break ${violations.length} link(s) between records, so it was not applied`);
      }
      sqlite.exec('COMMIT');
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw error instanceof MigrationError
        ? error
        : new MigrationError(`The database upgrade failed and was rolled back: ${(error as Error).message}`, { cause: error });
    }
  } finally {
    sqlite.pragma('legacy_alter_table = OFF');
    sqlite.pragma('foreign_keys = ON');
  }
  return { applied: pending.length, known: migrations.length };
}

/** True when the database holds Stint's records and some shipped migration has not been applied to it yet. */
export function hasRecordsToUpgrade(sqlite: Database.Database, migrations: readonly MigrationMeta[]): boolean {
  const tracked = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATIONS_TABLE);
  if (!tracked) return false;
  const applied = new Set(sqlite.prepare(`SELECT created_at FROM "${MIGRATIONS_TABLE}"`).pluck().all().map(Number));
  return migrations.some((migration) => !applied.has(migration.folderMillis));
}

/**
 * Refuses a database written by a newer Stint before anything is done to it: only reads, so that a refused file
 * stays byte for byte as it was (setting its journal mode first would rewrite its header).
 */
export function refuseNewerDatabase(sqlite: Database.Database, migrations: readonly MigrationMeta[]): void {
  const tracked = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATIONS_TABLE);
  if (!tracked) {
    // An empty file becomes a Stint database; another program's database must not gain Stint's tables.
    const tables = sqlite.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`).pluck().get() as number;
    if (tables > 0) {
      throw new MigrationError(`This file is another program's SQLite database (it has ${tables} table${tables === 1 ? '' : 's'}, none of them Stint's). Choose another file; this one was left as it was.`, { failure: 'not_stint' });
    }
    return;
  }
  const appliedAt = sqlite
    .prepare(`SELECT created_at FROM "${MIGRATIONS_TABLE}"`)
    .pluck()
    .all()
    .map(Number);
  refuseUnknownMigrations(appliedAt, migrations);
}

/** All together or not at all holds only if no migration commits or opens a transaction of its own. */
function refuseTransactionStatements(pending: readonly MigrationMeta[]): void {
  for (const migration of pending) {
    const found = transactionStatements(migration.sql.join('\n'));
    if (found.length > 0) {
      throw new MigrationError(
        `A database upgrade contains ${found.map((word) => `a ${word} statement`).join(' and ')}, which would apply it only in part, so it was not applied; nothing was changed.`,
      );
    }
  }
}

function refuseUnknownMigrations(appliedAt: number[], known: readonly MigrationMeta[]): void {
  const knownAt = new Set(known.map((migration) => migration.folderMillis));
  const unknown = appliedAt.filter((at) => !knownAt.has(at));
  if (unknown.length > 0) {
    throw new MigrationError(
      'This database was written by a newer version of Stint. Update Stint to open it; nothing was changed.',
      { failure: 'newer_version' },
    );
  }
}
