import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';

/** The files SQLite keeps for one database: the file itself, and in WAL mode its journal and shared memory. */
function databaseFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`];
}

/**
 * Moves a database that cannot be used (damaged, from a newer Stint…) aside under `<file>.<label>`, with its journal,
 * byte for byte: it is never overwritten or deleted. Returns where the file went, or null when there was none.
 */
export function moveDatabaseAside(file: string, label: string): string | null {
  if (!existsSync(file)) return null;
  for (const part of databaseFiles(file)) {
    if (existsSync(part)) renameSync(part, part.replace(file, `${file}.${label}`));
  }
  return `${file}.${label}`;
}

/**
 * Puts a copy of `backup` in place of the (closed) database: copied beside it first, then renamed over it, so a crash
 * halfway leaves either the old file or the whole backup, never a mixture. A journal left from the old file would be
 * replayed into the new one, so none may remain.
 */
export function replaceDatabaseWith(file: string, backup: string): void {
  const incoming = `${file}.restoring`;
  copyFileSync(backup, incoming);
  for (const part of databaseFiles(file).slice(1)) rmSync(part, { force: true });
  renameSync(incoming, file);
}
