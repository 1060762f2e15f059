/**
 * The data-safety part of `npm run bench`: a full backup of the heavy fixture as the app takes one (VACUUM INTO a
 * temporary file, SQLite's quick check of the copy, then renamed into place), beside a plain copy of the same file's
 * bytes measured in the same run, and the start-up check every launch pays.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { takeBackup } from '../src/main/core/backups/take-backup';
import { integrityProblems } from '../src/main/core/db/integrity';
import type { HeavyFixture } from './heavy-fixture';
import { measureAlternatingSync, measureSync, toResult, type BenchResult } from './lib/measure';

export const BACKUP_TARGETS = { backup_full: 300 } as const;

export function benchBackups(fixture: HeavyFixture, iterations: number): BenchResult[] {
  const database = fixture.open();
  const folder = mkdtempSync(join(tmpdir(), 'stint-bench-backups-'));
  try {
    // Every page in the file itself, so that copying its bytes copies the whole database.
    database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const copy = join(folder, 'copy.db');
    const written: string[] = [copy];
    // Deleting the last call's 44 MB files is no part of either, so it is done untimed between calls.
    const clearFolder = () => written.splice(1).concat(copy).forEach((file) => rmSync(file, { force: true }));
    const [backupSamples, copySamples] = measureAlternatingSync(
      (call) => written.push(takeBackup(database.sqlite, fixture.file, folder, 'manual', fixture.now + call).file),
      () => copyFileSync(fixture.file, copy),
      { warmup: 2, iterations, beforeEach: clearFolder },
    );
    const check = measureSync(() => integrityProblems(database.sqlite), { warmup: 1, iterations });
    return [toResult('backup_full', backupSamples, BACKUP_TARGETS.backup_full), toResult('backup_file_copy_raw', copySamples), toResult('startup_check', check)];
  } finally {
    database.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
