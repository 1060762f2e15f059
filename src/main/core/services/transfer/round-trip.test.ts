import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../../../shared/domain';
import { exportDocumentSchema } from '../../../../shared/schemas';
import { evaluateReminders } from '../reminders/evaluate';
import { TEST_NOW } from '../../test-support/temp-database';
import { countsFor, derivedData, exported, fillEveryTable, importText, machinesPerTest, shiftLocalIds } from '../../test-support/transfer';
import { exportJson } from './export';

const newMachine = machinesPerTest();

/** A machine with every table filled, and one with nothing, whose local ids run far from the first's. */
function filledAndEmpty() {
  const source = newMachine();
  fillEveryTable(source);
  const target = newMachine();
  shiftLocalIds(target.database.sqlite);
  return { source, target, text: exportJson(source.database.db, TEST_NOW) };
}

describe('an export imported into an empty database', () => {
  it('gives back the same records: its own export equals the one it was made from', () => {
    const { source, target, text } = filledAndEmpty();
    const document = exportDocumentSchema.parse(JSON.parse(text));
    for (const kind of RECORD_KINDS) expect(document.records[kind].length, `${kind} has records to carry`).toBeGreaterThan(0);

    const result = importText(target.database.db, text);
    // The built-in reasons are there already, under the uids every Stint gives them (migration 0023).
    expect(countsFor(result, 'rejectionReasons')).toEqual({ added: 0, updated: 0, unchanged: 15, matchedByKey: 0 });
    expect(countsFor(result, 'bids')).toEqual({ added: 140, updated: 0, unchanged: 0, matchedByKey: 0 });
    expect(exported(target.database.db)).toEqual(exported(source.database.db));
    const sameIds = target.database.sqlite.prepare('SELECT count(*) FROM opportunities WHERE id < 10000').pluck().get();
    expect(sameIds, 'local ids are the target’s own').toBe(0);
  });

  it('adds nothing when the same file is imported again', () => {
    const { target, text } = filledAndEmpty();
    importText(target.database.db, text);
    const again = importText(target.database.db, text);
    expect(again.totals).toEqual({ added: 0, updated: 0, unchanged: again.totals.unchanged });
    expect(again.totals.unchanged).toBeGreaterThan(1_000);
  });

  it('keeps what the database derives true: bid facts, the search index and each contact’s last contact', () => {
    const { target, text } = filledAndEmpty();
    importText(target.database.db, text);
    const { stored, expected } = derivedData(target.database.sqlite);
    expect(stored.bidFacts.length).toBe(140);
    expect(stored).toEqual(expected);
  });

  it('names the records each reminder answers so that the rules here find them: evaluating the rules changes nothing', () => {
    const { source, target } = filledAndEmpty();
    evaluateReminders(source.database.db, TEST_NOW);
    importText(target.database.db, exportJson(source.database.db, TEST_NOW));
    const before = exported(target.database.db).records.reminders;
    evaluateReminders(target.database.db, TEST_NOW);
    expect(exported(target.database.db).records.reminders).toEqual(before);
    expect(before).toEqual(exported(source.database.db).records.reminders);
    // Stored with this database's ids: a door-open check-in names the target's bid and contact.
    const door = target.database.sqlite.prepare(`SELECT trigger_key, opportunity_id, contact_id FROM reminders WHERE rule = 'door_open' LIMIT 1`).get() as {
      trigger_key: string;
      opportunity_id: number;
      contact_id: number;
    };
    expect(door.trigger_key).toMatch(new RegExp(`^door:${door.opportunity_id}@\\d+:${door.contact_id}$`));
  });
});
