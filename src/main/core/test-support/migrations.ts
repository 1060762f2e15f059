import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_FOLDER } from './temp-database';

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

/**
 * A copy in `dir` of the shipped migrations up to and including `lastTag`: the schema of an earlier version of
 * Stint, to fill with data as that version stored it before upgrading.
 */
export function migrationsUpTo(dir: string, lastTag: string): string {
  const folder = join(dir, `migrations-to-${lastTag}`);
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
  if (last === -1) throw new Error(`No migration ${lastTag} in ${MIGRATIONS_FOLDER}`);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
  return folder;
}
