/**
 * The data-safety part of `npm run bench`: a full backup of the heavy fixture as the app takes one (`backup_full`:
 * VACUUM INTO a temporary file, SQLite's quick check of the copy, then renamed into place), timed call by call in
 * turn with its floor, `backup_sqlite_floor`: the same two statements written by hand (VACUUM INTO, then open the
 * copy and PRAGMA quick_check), which any backup verified as the issue asks must pay, and so the ratio to compare
 * across machines. Beside them a plain copy of the file's bytes, which is no snapshot and checks nothing, for scale;
 * and the start-up check every launch pays.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import { takeBackup } from '../src/main/core/backups/take-backup';
import { integrityProblems } from '../src/main/core/db/integrity';
import type { HeavyFixture } from './heavy-fixture';
import { measureAlternatingSync, measureSync, ratioOf, toResult, type BenchResult, type Ratio } from './lib/measure';

export const BACKUP_TARGETS = { backup_full: 300 } as const;
/** What the app adds to SQLite's work: a folder made, a file renamed and its size read. */
export const BACKUP_RATIO_TARGET = 1.2;

/** VACUUM INTO and a quick check of the copy, by hand: the least a backup checked after writing costs. */
function sqliteFloor(sqlite: Database.Database, file: string): void {
  sqlite.prepare('VACUUM INTO ?').run(file);
  const copy = new Database(file, { readonly: true });
  try {
    copy.pragma('mmap_size = 1073741824');
    const [row] = copy.pragma('quick_check') as { quick_check: string }[];
    if (row?.quick_check !== 'ok') throw new Error(`The copy failed its check: ${row?.quick_check}`);
  } finally {
    copy.close();
  }
}

export function benchBackups(fixture: HeavyFixture, iterations: number): { results: BenchResult[]; ratios: Record<string, Ratio> } {
  const database = fixture.open();
  const folder = mkdtempSync(join(tmpdir(), 'stint-bench-backups-'));
  const copy = join(folder, 'copy.db');
  const floor = join(folder, 'floor.db');
  const written: string[] = [];
  // Deleting the last call's 44 MB files is no part of any, so it is done untimed between calls.
  const clearFolder = () => written.splice(0).concat(copy, floor).forEach((file) => rmSync(file, { force: true }));
  try {
    // Every page in the file itself, so that copying its bytes copies the whole database.
    database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const [backupSamples, floorSamples] = measureAlternatingSync(
      (call) => written.push(takeBackup(database.sqlite, fixture.file, folder, 'manual', fixture.now + call).file),
      () => sqliteFloor(database.sqlite, floor),
      { warmup: 2, iterations, beforeEach: clearFolder },
    );
    const copySamples = measureSync(() => copyFileSync(fixture.file, copy), { warmup: 2, iterations, beforeEach: clearFolder });
    const check = measureSync(() => integrityProblems(database.sqlite), { warmup: 1, iterations });
    const backup = toResult('backup_full', backupSamples, BACKUP_TARGETS.backup_full);
    const sqliteOnly = toResult('backup_sqlite_floor', floorSamples);
    return {
      results: [backup, sqliteOnly, toResult('backup_file_copy_raw', copySamples), toResult('startup_check', check)],
      ratios: { backup_full_vs_sqlite_floor: ratioOf(backup, sqliteOnly, BACKUP_RATIO_TARGET) },
    };
  } finally {
    database.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
