import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_FOLDER } from './temp-database';

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

/** A copy in `dir` of the shipped migrations plus one test-only migration `extraSql` appended to the journal. */
export function migrationsWith(dir: string, extraSql: string, tag = '9999_test_only'): string {
  const folder = join(dir, 'migrations');
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  const last = journal.entries[journal.entries.length - 1] as { idx: number; when: number };
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  writeFileSync(journalPath, JSON.stringify(journal));
  writeFileSync(join(folder, `${tag}.sql`), extraSql);
  return folder;
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
