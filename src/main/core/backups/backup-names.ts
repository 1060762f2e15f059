import { basename, extname } from 'node:path';
import { BACKUP_REASONS, type BackupReason } from '../../../shared/domain/backups';

/** `2026-11-30T19-45-07-123Z`: an ISO instant that every file system accepts and that sorts as time does. */
function stamp(at: number): string {
  return new Date(at).toISOString().replace(/:/g, '-').replace('.', '-');
}

const NAME = /^(?<stem>.+)-(?<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(?<reason>[a-z-]+)\.db$/;

/** What every backup of `databaseFile` is named after: the database's own name, without its extension. */
export function backupStem(databaseFile: string): string {
  return basename(databaseFile, extname(databaseFile));
}

/** The file name of a backup of `databaseFile` taken at `at`: the database's own name, when, and why. */
export function backupFileName(databaseFile: string, at: number, reason: BackupReason): string {
  return `${backupStem(databaseFile)}-${stamp(at)}-${reason}.db`;
}

/** When and why a backup was taken, read back from its name; null for any other file. */
export function parseBackupFileName(name: string): { takenAt: number; reason: BackupReason } | null {
  const match = NAME.exec(name);
  const groups = match?.groups;
  if (!groups) return null;
  const reason = groups.reason as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  const [date, time] = (groups.stamp ?? '').split('T');
  const [hours, minutes, seconds, millis] = (time ?? '').replace('Z', '').split('-');
  const takenAt = Date.parse(`${date}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(takenAt) ? null : { takenAt, reason };
}
