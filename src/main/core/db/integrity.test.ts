import { readdirSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { generatePipeline, SAMPLE_PIPELINE } from '../fixtures/pipeline-generator';
import { fileDigest, overwritePages } from '../test-support/damage';
import { tempDatabase, TEST_NOW, type TempDatabase } from '../test-support/temp-database';
import { DatabaseDamagedError, NotADatabaseError } from './integrity';

let temp: TempDatabase | undefined;
afterEach(() => temp?.remove());

function sampleDatabase(): TempDatabase {
  const made = tempDatabase();
  const database = made.open();
  generatePipeline(database.db, { ...SAMPLE_PIPELINE, now: TEST_NOW });
  database.close();
  return made;
}

function openError(open: () => unknown): Error {
  try {
    open();
  } catch (error) {
    return error as Error;
  }
  throw new Error('it opened');
}

describe('checking the database at start-up', () => {
  it('refuses a file with pages overwritten, says it is damaged and kept, and leaves every byte and no journal behind', () => {
    temp = sampleDatabase();
    overwritePages(temp.file, 7);
    const before = fileDigest(temp.file);
    const filesBefore = readdirSync(temp.dir);

    const error = openError(() => temp?.open());
    expect(error).toBeInstanceOf(DatabaseDamagedError);
    expect(error.message).toContain(`Stint's database ${temp.file} is damaged`);
    expect(error.message).toContain('Restore the newest good backup; the damaged file is kept as it is.');
    expect((error as DatabaseDamagedError).problems.length).toBeGreaterThan(0);
    expect(fileDigest(temp.file)).toBe(before);
    expect(readdirSync(temp.dir)).toEqual(filesBefore);
  });

  it('refuses a text file as no database, naming it, and leaves it as it was', () => {
    temp = tempDatabase();
    writeFileSync(temp.file, 'title,client\nInterim CFO,Acme\n'.repeat(200));
    const before = fileDigest(temp.file);

    const error = openError(() => temp?.open());
    expect(error).toBeInstanceOf(NotADatabaseError);
    expect(error.message).toBe(`${temp.file} is not a Stint database (it is not an SQLite file at all). Choose another file; stint.db was left as it was.`);
    expect(fileDigest(temp.file)).toBe(before);
  });

  it('opens a sound file as before', () => {
    temp = sampleDatabase();
    const database = temp.open();
    expect(database.sqlite.prepare('SELECT count(*) FROM opportunities').pluck().get()).toBe(SAMPLE_PIPELINE.bids);
  });
});
