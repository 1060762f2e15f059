import { afterEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { takeBackup } from '../../../backups/take-backup';
import { parsedBid } from '../../../test-support/bid-input';
import { tempApi } from '../../../test-support/temp-database';
import { commitCsvImport, previewCsvImport } from './import-csv';
import { databaseStamp, KEPT_FOR_MS, LastCsvPreview, previewKey } from './last-preview';
import type { CsvPlan } from './plan';

const plan = { fileDigest: 'abc', rows: [], preview: {} } as unknown as CsvPlan<unknown>;
const setups: ReturnType<typeof tempApi>[] = [];
afterEach(() => setups.splice(0).forEach((setup) => setup.temp.remove()));

describe('the last spreadsheet preview kept for its import', () => {
  it('is given back once, for the same file and choices with the database unchanged', () => {
    const last = new LastCsvPreview();
    const key = previewKey('csv-bids', 'abc', { dateOrder: 'day-first' });
    last.keep(key, '1:0', plan);
    expect(last.take(key, '1:0')).toBe(plan);
    expect(last.take(key, '1:0')).toBeNull();
    for (const [otherKey, stamp] of [
      [previewKey('csv-bids', 'abc', { dateOrder: 'month-first' }), '1:0'],
      [previewKey('csv-bids', 'abd', { dateOrder: 'day-first' }), '1:0'],
      [previewKey('csv-contacts', 'abc', { dateOrder: 'day-first' }), '1:0'],
      [key, '1:1'],
      [key, '2:0'],
    ] as const) {
      last.keep(key, '1:0', plan);
      expect(last.take(otherKey, stamp), `${otherKey} ${stamp}`).toBeNull();
    }
  });

  it('forgets a plan no import took within five minutes', () => {
    vi.useFakeTimers();
    try {
      const last = new LastCsvPreview();
      const key = previewKey('csv-bids', 'abc', {});
      last.keep(key, '1:0', plan);
      vi.advanceTimersByTime(KEPT_FOR_MS - 1);
      expect(last.take(key, '1:0')).toBe(plan);
      last.keep(key, '1:0', plan);
      vi.advanceTimersByTime(KEPT_FOR_MS);
      expect(last.take(key, '1:0')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('is what the import right after its preview takes, and stores the rows', () => {
    const setup = tempApi();
    setups.push(setup);
    const taken: unknown[] = [];
    class Recording extends LastCsvPreview {
      override take<Input>(key: string, stamp: string) {
        const plan = super.take<Input>(key, stamp);
        taken.push(plan);
        return plan;
      }
    }
    const last = new Recording();
    const file = 'Title,Client\nCFO,Acme\nCOO,Beta\n';
    const { token } = previewCsvImport(setup.database.db, 'csv-bids', file, {}, last);
    const result = commitCsvImport(setup.database.db, Date.now(), 'csv-bids', file, { token: token ?? '', skipBadRows: false }, last);
    expect(taken).toHaveLength(1);
    expect(taken[0]).not.toBeNull();
    expect(result).toMatchObject({ added: 2 });
    expect(setup.database.sqlite.prepare('SELECT title FROM opportunities ORDER BY id').pluck().all()).toEqual(['CFO', 'COO']);
  });

  it('reads the same stamp after the backup every import is preceded by, so the kept plan is taken', () => {
    const setup = tempApi();
    setups.push(setup);
    const { database, temp } = setup;
    setup.api.createBid(parsedBid());
    const before = databaseStamp(database.db);
    takeBackup(database.sqlite, temp.file, join(temp.dir, 'backups'), 'before-import', Date.now());
    expect(databaseStamp(database.db)).toBe(before);
  });

  it('reads a stamp that moves with every write, this connection’s and another’s, and stays put on a board read', () => {
    const setup = tempApi();
    setups.push(setup);
    const { database, temp, api } = setup;
    const first = databaseStamp(database.db);
    api.getBoard({ filters: {}, pageSize: 10 });
    expect(databaseStamp(database.db)).toBe(first);
    api.createBid(parsedBid());
    const afterOwnWrite = databaseStamp(database.db);
    expect(afterOwnWrite).not.toBe(first);
    const other = temp.open();
    other.sqlite.prepare("UPDATE opportunities SET title = 'Renamed elsewhere'").run();
    other.close();
    expect(databaseStamp(database.db)).not.toBe(afterOwnWrite);
  });
});
