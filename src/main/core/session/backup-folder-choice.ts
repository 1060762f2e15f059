import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where backups go is kept in a small file beside the database, not in it: the recovery screen must find the
 * backups of a database that cannot be opened.
 */
export function backupChoiceFile(databaseFile: string): string {
  return `${databaseFile}.backups.json`;
}

export function defaultBackupFolder(databaseFile: string): string {
  return join(dirname(databaseFile), 'backups');
}

/** The folder chosen in Settings, or the default beside the database when none was (or the file is unreadable). */
export function readBackupFolder(databaseFile: string): string {
  try {
    const chosen = (JSON.parse(readFileSync(backupChoiceFile(databaseFile), 'utf8')) as { folder?: unknown }).folder;
    if (typeof chosen === 'string' && chosen) return chosen;
  } catch {
    // No choice made yet, or a file edited by hand into nonsense: the default serves either way.
  }
  return defaultBackupFolder(databaseFile);
}

export function writeBackupFolder(databaseFile: string, folder: string | null): void {
  writeFileSync(backupChoiceFile(databaseFile), `${JSON.stringify({ folder }, null, 2)}\n`);
}
