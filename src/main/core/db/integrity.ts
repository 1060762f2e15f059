import { basename } from 'node:path';
import type Database from 'better-sqlite3';

/** The file is damaged: SQLite's own check found problems. Nothing may be written to it. */
export class DatabaseDamagedError extends Error {
  readonly problems: string[];
  constructor(message: string, problems: string[], options?: ErrorOptions) {
    super(message, options);
    this.name = 'DatabaseDamagedError';
    this.problems = problems;
  }
}

/** The file is not an SQLite database at all (a text file, a spreadsheet…). It is left as it is. */
export class NotADatabaseError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'NotADatabaseError';
  }
}

function damaged(file: string, problems: string[], cause?: unknown): DatabaseDamagedError {
  return new DatabaseDamagedError(
    `Stint's database ${file} is damaged (SQLite's check found ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}), ` +
      'so Stint will not write to it. Restore the newest good backup; the damaged file is kept as it is.',
    problems,
    { cause },
  );
}

/**
 * What SQLite says when it reads a damaged file or one that is no database, as the error to show; null for any
 * other failure. Either can surface at the first read, long before a check is run.
 */
export function unreadableDatabaseError(error: unknown, file: string): Error | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_NOTADB') {
    return new NotADatabaseError(`${file} is not a Stint database (it is not an SQLite file at all). Choose another file; ${basename(file)} was left as it was.`, { cause: error });
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) return damaged(file, [(error as Error).message], error);
  return null;
}

/** SQLite's quick check (`PRAGMA quick_check`): the problems it lists, none when the file is sound. */
export function integrityProblems(sqlite: Database.Database, thorough = false): string[] {
  const rows = sqlite.pragma(thorough ? 'integrity_check(100)' : 'quick_check(100)', { simple: false }) as Record<string, string>[];
  const problems = rows.map((row) => Object.values(row)[0] ?? '').filter((line) => line !== 'ok');
  return problems;
}

/** Refuses a damaged file before anything is written to it. */
export function refuseDamagedDatabase(sqlite: Database.Database, file: string): void {
  let problems: string[];
  try {
    problems = integrityProblems(sqlite);
  } catch (error) {
    throw unreadableDatabaseError(error, file) ?? error;
  }
  if (problems.length > 0) throw damaged(file, problems);
}
