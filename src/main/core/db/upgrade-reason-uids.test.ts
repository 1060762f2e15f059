import Database from 'better-sqlite3';
import { v7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_REASONS } from '../../../shared/domain';
import { samplePipelineStoredAt } from '../test-support/populated-at';
import { tempDatabase, type TempDatabase } from '../test-support/temp-database';
import { countsFor, exported, fillEveryTable, importText, machinesPerTest } from '../test-support/transfer';
import { exportJson } from '../services/transfer/export';
import { builtInReasonUid } from './record-id';

const temps: TempDatabase[] = [];
afterEach(() => temps.splice(0).forEach((temp) => temp.remove()));
const newMachine = machinesPerTest();

/** Every rejection reason's uid by its code, or by its label for the user's own. */
function reasonUids(sqlite: Database.Database): Record<string, string> {
  const rows = sqlite.prepare('SELECT coalesce(code, label) AS name, uid FROM rejection_reasons ORDER BY id').raw().all() as [string, string][];
  return Object.fromEntries(rows);
}

/** Each outcome's reasons, by the outcome's uid and the reasons' codes or labels. */
function outcomeReasons(sqlite: Database.Database): string[] {
  return sqlite
    .prepare(
      `SELECT o.uid || ': ' || group_concat(coalesce(r.code, r.label), ', ' ORDER BY coalesce(r.code, r.label)) FROM rejection_outcomes o
        JOIN outcome_reasons x ON x.outcome_id = o.id JOIN rejection_reasons r ON r.id = x.reason_id GROUP BY o.id ORDER BY o.uid`,
    )
    .pluck()
    .all() as string[];
}

/** What migration 0022 did on each machine: a random UUIDv7 per built-in reason. */
function randomBuiltInUids(sqlite: Database.Database): void {
  const update = sqlite.prepare('UPDATE rejection_reasons SET uid = ? WHERE code = ?');
  for (const { code } of BUILT_IN_REASONS) update.run(v7(), code);
}

const EXPECTED = Object.fromEntries(BUILT_IN_REASONS.map(({ code }) => [code, builtInReasonUid(code)]));

describe('the built-in rejection reasons’ uids', () => {
  it('are the same in every new database: a UUIDv5 of the reason’s code', () => {
    const [first, second] = [tempDatabase(), tempDatabase()].map((temp) => (temps.push(temp), temp.open()));
    expect(reasonUids(first?.sqlite as Database.Database)).toEqual(EXPECTED);
    expect(reasonUids(second?.sqlite as Database.Database)).toEqual(EXPECTED);
    expect(Object.values(EXPECTED).every((uid) => /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uid))).toBe(true);
  });

  it('are given to an upgraded database, its own reasons, their last changes and every outcome’s reasons left as they were', () => {
    const temp = samplePipelineStoredAt('0022_backfill_record_ids');
    temps.push(temp);
    const old = new Database(temp.file);
    randomBuiltInUids(old);
    old.prepare(`INSERT INTO rejection_reasons (uid, label, label_key, control, created_at, updated_at) VALUES (?, 'Too hands-on', 'too hands-on', 'mine', 5, 7)`).run(v7());
    const before = { uids: reasonUids(old), updated: old.prepare('SELECT id, updated_at FROM rejection_reasons ORDER BY id').raw().all(), outcomes: outcomeReasons(old) };
    old.close();
    expect(before.outcomes.length).toBeGreaterThan(0);

    const { sqlite } = temp.open();
    expect(reasonUids(sqlite)).toEqual({ ...EXPECTED, 'Too hands-on': before.uids['Too hands-on'] });
    expect(sqlite.prepare('SELECT id, updated_at FROM rejection_reasons ORDER BY id').raw().all()).toEqual(before.updated);
    expect(outcomeReasons(sqlite)).toEqual(before.outcomes);
  });

  it('stay as they are when a file from before names the reasons by other uids, and its outcomes still find their reasons', () => {
    const older = newMachine();
    fillEveryTable(older);
    randomBuiltInUids(older.database.sqlite);
    const text = exportJson(older.database.db, older.clock.now());

    const target = newMachine();
    const result = importText(target.database.db, text);
    expect(countsFor(result, 'rejectionReasons')).toMatchObject({ unchanged: BUILT_IN_REASONS.length, matchedByKey: BUILT_IN_REASONS.length });
    expect(reasonUids(target.database.sqlite)).toEqual(EXPECTED);
    expect(outcomeReasons(target.database.sqlite)).toEqual(outcomeReasons(older.database.sqlite));

    // Two machines of today match every built-in reason by its uid, and an export round-trips whole.
    const again = newMachine();
    const twice = importText(again.database.db, exportJson(target.database.db, target.clock.now()));
    expect(countsFor(twice, 'rejectionReasons')).toMatchObject({ unchanged: BUILT_IN_REASONS.length, matchedByKey: 0 });
    expect(exported(again.database.db)).toEqual(exported(target.database.db));
  });
});
