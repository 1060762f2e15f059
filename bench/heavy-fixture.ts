/**
 * The heavy pipeline (10,000 bids, ~60,000 stage events, 2,000 organisations) written to a database file in a
 * fresh temporary folder, for the benchmarks and the profiler.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase, type StintDatabase } from '../src/main/core/db/open';
import { generatePipeline, HEAVY_PIPELINE, type GeneratedCounts, type GeneratorOptions } from '../src/main/core/fixtures/pipeline-generator';
import { timeOnce } from './lib/measure';

/** The migrations the app ships. */
export const MIGRATIONS_FOLDER = resolve(__dirname, '..', 'drizzle');

export interface HeavyFixture {
  dir: string;
  file: string;
  now: number;
  generated: GeneratedCounts;
  generateMs: number;
  /** Opens the fixture's file the way the app does. */
  open(): StintDatabase;
  /** Deletes the temporary folder (close every connection first). */
  remove(): void;
}

/** The heavy pipeline, or another size of it (the Insights bench times one ten times larger). */
export function buildHeavyFixture(now = Date.now(), pipeline: Omit<GeneratorOptions, 'now'> = HEAVY_PIPELINE): HeavyFixture {
  const dir = mkdtempSync(join(tmpdir(), 'stint-bench-'));
  const file = join(dir, 'heavy.db');
  const open = () => openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER });
  try {
    const database = open();
    try {
      const { value: generated, ms } = timeOnce(() => generatePipeline(database.db, { ...pipeline, now }));
      return { dir, file, now, generated, generateMs: ms, open, remove: () => rmSync(dir, { recursive: true, force: true }) };
    } finally {
      database.close();
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
