import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/schemas/backups';
import { integrityProblems } from '../db/integrity';
import { backupStem, parseBackupFileName } from './backup-names';

/** What a backup holds, read from the file itself: a list shows record counts so the user can pick the right one. */
export function describeBackup(file: string): Pick<BackupInfo, 'counts' | 'readable'> {
  try {
    const copy = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const count = (table: string) => copy.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      return { counts: { bids: count('opportunities'), contacts: count('contacts'), interactions: count('interactions') }, readable: true };
    } finally {
      copy.close();
    }
  } catch {
    return { counts: null, readable: false };
  }
}

/** The backup files in `folder`, newest first, by their names alone; files that are not Stint's backups are left out. */
export function backupFiles(folder: string, databaseFile: string): Omit<BackupInfo, 'counts' | 'readable'>[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const stem = backupStem(databaseFile);
  return names
    .filter((name) => name.startsWith(`${stem}-`))
    .flatMap((name) => {
      const parsed = parseBackupFileName(name);
      if (!parsed) return [];
      const file = join(folder, name);
      return [{ name, takenAt: parsed.takenAt, reason: parsed.reason, bytes: statSync(file).size }];
    })
    .sort((a, b) => b.takenAt - a.takenAt);
}

/** A copy cut short this long ago (a crash or a full disk mid-backup) is no backup in progress: it can go. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** The temporary files of backups that were cut short, never listed as backups, older than an hour. */
export function abandonedPartials(folder: string, now: number): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.filter((name) => name.endsWith('.db.partial') && now - statSync(join(folder, name)).mtimeMs > ABANDONED_AFTER_MS);
}

/** The backups in `folder`, newest first, each with what it holds. */
export function listBackups(folder: string, databaseFile: string): BackupInfo[] {
  return backupFiles(folder, databaseFile).map((backup) => ({ ...backup, ...describeBackup(join(folder, backup.name)) }));
}

/** True when a backup opens and passes SQLite's quick check: only such a backup is offered or restored. */
export function isSoundBackup(file: string): boolean {
  try {
    const copy = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return integrityProblems(copy).length === 0;
    } finally {
      copy.close();
    }
  } catch {
    return false;
  }
}
