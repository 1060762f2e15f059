import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupReason } from '../../../shared/domain/backups';
import { ApiError } from '../../../shared/errors';
import { integrityProblems } from '../db/integrity';
import { backupFileName } from './backup-names';

/** Enough to map any database a person keeps (the heavy benchmark's is 44 MB); a larger file is mapped in part. */
const CHECK_MMAP_BYTES = 1024 * 1024 * 1024;

export interface TakenBackup {
  name: string;
  file: string;
  takenAt: number;
  reason: BackupReason;
  bytes: number;
}

/** Why a backup could not be written, in words, from what the file system or SQLite said. */
function backupFailure(error: unknown, folder: string): ApiError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new ApiError('CONFLICT', `The backup was not taken: the disk holding ${folder} is full. Free some space and try again.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_CANTOPEN' || (typeof code === 'string' && code.startsWith('SQLITE_READONLY'))) {
    return new ApiError('CONFLICT', `The backup was not taken: Stint may not write to ${folder}. Choose another backup folder in Settings.`);
  }
  return new ApiError('CONFLICT', `The backup was not taken: ${(error as Error).message}`);
}

/**
 * Copies the open database to `folder` with `VACUUM INTO`, a consistent snapshot even while the other host writes,
 * in one self-contained file. It is written under a temporary name, opened and checked (`quick_check`), and only
 * then given its real name: a backup cut short by a crash or a full disk is never listed as one.
 */
export function takeBackup(sqlite: Database.Database, databaseFile: string, folder: string, reason: BackupReason, now: number): TakenBackup {
  const name = backupFileName(databaseFile, now, reason);
  const file = join(folder, name);
  const partial = `${file}.partial`;
  try {
    mkdirSync(folder, { recursive: true });
    rmSync(partial, { force: true });
    sqlite.prepare('VACUUM INTO ?').run(partial);
    const copy = new Database(partial, { readonly: true });
    let problems: string[];
    try {
      // The check reads every page once: through a memory map rather than copied into SQLite's page cache, which
      // takes about a seventh off it (the larger part of a backup's time after the copy itself).
      copy.pragma(`mmap_size = ${CHECK_MMAP_BYTES}`);
      problems = integrityProblems(copy);
    } finally {
      copy.close();
    }
    if (problems.length > 0) throw new ApiError('CONFLICT', `The backup was not kept: checking the copy found ${problems.join('; ')}.`);
    renameSync(partial, file);
  } catch (error) {
    if (existsSync(partial)) rmSync(partial, { force: true });
    throw error instanceof ApiError ? error : backupFailure(error, folder);
  }
  return { name, file, takenAt: now, reason, bytes: statSync(file).size };
}
