import { describe, expect, it } from 'vitest';
import { parsedBid, parsedUpdate } from '../../test-support/bid-input';
import { refusal } from '../../test-support/refusal';
import { TEST_NOW } from '../../test-support/temp-database';
import { dumpDatabase, fillEveryTable, importText, machinesPerTest, shiftLocalIds } from '../../test-support/transfer';
import { exportJson } from './export';
import { commitJsonImport, previewJsonImport } from './import';

const newMachine = machinesPerTest();

/** A filled machine's export, and another machine with records of its own to merge it into. */
function fileAndTarget() {
  const source = newMachine();
  fillEveryTable(source);
  const target = newMachine();
  shiftLocalIds(target.database.sqlite);
  target.api.createBid(parsedBid({ title: 'Only here', client: { name: 'Harbour Foods' } }));
  return { target, text: exportJson(source.database.db, TEST_NOW) };
}

describe('an import is all or nothing', () => {
  it('leaves the database as it was when it fails midway, after some kinds were written', () => {
    const { target, text } = fileAndTarget();
    const { sqlite, db } = target.database;
    const preview = previewJsonImport(db, text);
    const before = dumpDatabase(sqlite);
    // Records written before the failure are noted outside the database, which a rollback cannot undo.
    const written: string[] = [];
    sqlite.function('note_written', (table: unknown) => {
      written.push(String(table));
      return null;
    });
    sqlite.exec(`CREATE TEMP TRIGGER note_bids AFTER INSERT ON main.opportunities BEGIN SELECT note_written('opportunities'); END;
      CREATE TEMP TRIGGER fail_at_interactions BEFORE INSERT ON main.interactions BEGIN SELECT RAISE(ABORT, 'disk full (injected)'); END;`);

    expect(() => commitJsonImport(db, text, preview.token ?? '')).toThrow('disk full (injected)');
    expect(written.length, 'bids were written before the failure').toBe(140);
    sqlite.exec('DROP TRIGGER temp.note_bids; DROP TRIGGER temp.fail_at_interactions;');
    expect(dumpDatabase(sqlite)).toEqual(before);
  });

  it('changes nothing by previewing', () => {
    const { target, text } = fileAndTarget();
    const before = dumpDatabase(target.database.sqlite);
    previewJsonImport(target.database.db, text);
    expect(dumpDatabase(target.database.sqlite)).toEqual(before);
  });

  it('refuses a file other than the one previewed, or changed since', () => {
    const { target, text } = fileAndTarget();
    const { token } = previewJsonImport(target.database.db, text);
    const changed = text.replace('"Interim', '"Acting');
    const before = dumpDatabase(target.database.sqlite);
    const refused = refusal(() => commitJsonImport(target.database.db, changed, token ?? ''));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'This is not the file that was previewed, or it has changed since. Preview it again, then import. Nothing was imported.' });
    expect(dumpDatabase(target.database.sqlite)).toEqual(before);
  });

  it('refuses when the data here changed since the preview so that the import would do something else', () => {
    const source = newMachine();
    const bid = source.api.createBid(parsedBid({ title: 'Interim CFO' }));
    const target = newMachine();
    const text = exportJson(source.database.db, TEST_NOW);
    importText(target.database.db, text);
    source.clock.advance(60_000);
    source.api.updateBid(parsedUpdate(bid.id, { title: 'Interim CFO, renamed' }));
    const newer = exportJson(source.database.db, source.clock.now());
    const { token } = previewJsonImport(target.database.db, newer);
    // Edited here after the preview, later than the file: the import would now leave it alone.
    target.clock.advance(120_000);
    const here = target.database.sqlite.prepare('SELECT id FROM opportunities').pluck().get() as number;
    target.api.updateBid(parsedUpdate(here, { title: 'Interim CFO, edited here' }));
    const before = dumpDatabase(target.database.sqlite);
    expect(refusal(() => commitJsonImport(target.database.db, newer, token ?? ''))).toMatchObject({
      code: 'CONFLICT',
      message: 'Stint’s data has changed since the preview, so the import would no longer do what it said. Preview it again, then import. Nothing was imported.',
    });
    expect(dumpDatabase(target.database.sqlite)).toEqual(before);
  });
});
