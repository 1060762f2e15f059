/** Importing a spreadsheet of bids through the API, as a user would: what the preview says, and what is stored. */
import { describe, expect, it } from 'vitest';
import { commitCsv, previewCsv, type CsvChoicesOf } from '../../../test-support/csv-import';
import { refusal } from '../../../test-support/refusal';
import { dumpDatabase, machinesPerTest, type Machine } from '../../../test-support/transfer';
import { DEFAULT_BRIEF_CHECKLIST } from '../../../../../shared/domain';
import { createBidSchema } from '../../../../../shared/schemas';
import { bidKind } from './bid-kind';
import { planCsv } from './plan';

const newMachine = machinesPerTest();

type Choices = CsvChoicesOf<'csv-bids'>;

const preview = (target: Machine, file: string, choices: Choices = {}) => previewCsv(target, 'csv-bids', file, choices);
const commit = (target: Machine, file: string, token: string | null, choices: Choices & { skipBadRows?: boolean } = {}) => commitCsv(target, 'csv-bids', file, token, choices);

function storedBids(target: Machine) {
  return target.database.sqlite
    .prepare(
      `SELECT o.title, c.name AS client, a.name AS agency, o.stage, o.rate_minor AS rateMinor, o.rate_currency AS currency, o.rate_unit AS unit,
        strftime('%Y-%m-%d', o.created_at / 1000, 'unixepoch', 'localtime') AS added, o.uid IS NOT NULL AS hasUid
      FROM opportunities o LEFT JOIN organisations c ON c.id = o.client_id LEFT JOIN organisations a ON a.id = o.agency_id ORDER BY o.id`,
    )
    .all();
}

describe('a CSV of bids', () => {
  it('reads a byte-order mark, semicolons and European amounts, and stores each bid with its creation as a stage move', () => {
    const target = newMachine();
    const file = '\uFEFFTitle;Client;Agency;Day rate;Status;Applied\r\nInterim CFO;Acme GmbH;Hays;"1.250,50 €";applied;2024-03-14\r\n\r\nFinance Director;Beta Ltd;;£650;Interviewing;2024-03-20;;\r\n';
    const seen = preview(target, file);
    expect(seen.table).toMatchObject({ separator: ';', headerLine: 1, columns: ['Title', 'Client', 'Agency', 'Day rate', 'Status', 'Applied'], rowCount: 2 });
    expect(seen.needs).toEqual([]);
    expect(seen.fields.filter((field) => field.column !== null).map((field) => [field.key, field.column])).toEqual([
      ['title', 0],
      ['client', 1],
      ['agency', 2],
      ['stage', 4],
      ['rate', 3],
      ['date', 5],
    ]);
    expect(seen.statuses).toEqual([
      { word: 'applied', rows: 1, stage: 'submitted', suggested: 'submitted' },
      { word: 'Interviewing', rows: 1, stage: 'interview', suggested: 'interview' },
    ]);
    expect(seen.rows).toEqual({ total: 2, good: 2, bad: 0, duplicates: 0, toAdd: 2, toMerge: 0, toSkip: 0 });

    expect(commit(target, file, seen.token)).toEqual({ format: 'csv-bids', added: 2, merged: 0, skipped: 0, leftOut: 0 });
    expect(storedBids(target)).toEqual([
      { title: 'Interim CFO', client: 'Acme GmbH', agency: 'Hays', stage: 'submitted', rateMinor: 125_050, currency: 'EUR', unit: 'day', added: '2024-03-14', hasUid: 1 },
      { title: 'Finance Director', client: 'Beta Ltd', agency: null, stage: 'interview', rateMinor: 65_000, currency: 'GBP', unit: 'day', added: '2024-03-20', hasUid: 1 },
    ]);
    const events = target.database.sqlite.prepare('SELECT from_stage AS fromStage, to_stage AS toStage, uid IS NOT NULL AS hasUid FROM stage_events ORDER BY id').all();
    expect(events).toEqual([
      { fromStage: null, toStage: 'submitted', hasUid: 1 },
      { fromStage: null, toStage: 'interview', hasUid: 1 },
    ]);
  });

  it('asks whether ambiguous dates are day or month first, and stores each order as chosen', () => {
    const file = 'Title,Client,Date\nCFO,Acme,03/04/2024\nCOO,Beta,05/06/2024\n';
    const asked = preview(newMachine(), file);
    expect(asked.token).toBeNull();
    expect(asked.needs).toEqual(['Say whether 03/04/2024 is 3 April or 4 March: are the file’s dates day first or month first?']);
    expect(asked.dates).toMatchObject({ order: null, ambiguous: true });
    expect(asked.dates.examples[0]).toEqual({ row: 2, column: 'Date', text: '03/04/2024', dayFirst: '2024-04-03', monthFirst: '2024-03-04' });
    expect(refusal(() => commit(newMachine(), file, 'ab.cd')).message).toBe('This file cannot be imported yet: Say whether 03/04/2024 is 3 April or 4 March: are the file’s dates day first or month first? Nothing was imported.');

    const added = (dateOrder: 'day-first' | 'month-first') => {
      const target = newMachine();
      const chosen = preview(target, file, { dateOrder });
      expect(chosen.needs).toEqual([]);
      commit(target, file, chosen.token, { dateOrder });
      return storedBids(target).map((bid) => (bid as { added: string }).added);
    };
    expect(added('day-first')).toEqual(['2024-04-03', '2024-06-05']);
    expect(added('month-first')).toEqual(['2024-03-04', '2024-05-06']);
  });

  it('takes the order a date of the file proves, still showing it', () => {
    const seen = preview(newMachine(), 'Title,Client,Date\nCFO,Acme,03/04/2024\nCOO,Beta,25/03/2024\n');
    expect(seen.needs).toEqual([]);
    expect(seen.dates.order).toBe('day-first');
    expect(seen.dates.ambiguous).toBe(true);
    expect(seen.dates.examples.map((example) => example.text)).toEqual(['03/04/2024', '25/03/2024']);
  });

  it('asks for the stage of a status word it does not know, and imports once it is chosen', () => {
    const target = newMachine();
    const file = 'Role,Company,Status\nCFO,Acme,Parked\nCOO,Beta,no response\nCTO,Gamma,parked\n';
    const asked = preview(target, file);
    expect(asked.token).toBeNull();
    expect(asked.needs).toEqual(['Choose the stage for the status “Parked” (2 rows)']);
    expect(asked.statuses).toEqual([
      { word: 'Parked', rows: 2, stage: null, suggested: null },
      { word: 'no response', rows: 1, stage: 'no_response', suggested: 'no_response' },
    ]);
    const stages = [{ word: 'parked', stage: 'lead' as const }];
    const chosen = preview(target, file, { stages });
    expect(chosen.needs).toEqual([]);
    commit(target, file, chosen.token, { stages });
    expect(storedBids(target).map((bid) => (bid as { stage: string }).stage)).toEqual(['lead', 'no_response', 'lead']);
  });

  it('lists bad rows by row, column and what is wrong, and imports the good ones only when told to leave the bad out', () => {
    const target = newMachine();
    const file = 'Title,Client,Day rate,Date\nCFO,Acme,650,2024-03-14\n,Beta,700,2024-03-15\nCOO,"Gamma\nHoldings",lots,2024-03-16\nCTO,Delta,650,2024-02-30\n';
    const seen = preview(target, file);
    expect(seen.rows).toMatchObject({ total: 4, good: 1, bad: 3, toAdd: 1 });
    expect(seen.problems).toEqual([
      { row: 3, column: 'Title', message: 'Title is required' },
      { row: 4, column: 'Day rate', message: 'Day rate “lots” is not an amount: write it as 650, 650.00, £650 or 1.250,50 €' },
      { row: 6, column: 'Date', message: 'Date added “2024-02-30” is not a date: write it as 2024-03-14, 14/03/2024 or 14 Mar 2024' },
    ]);
    expect(seen.token).not.toBeNull();
    const before = dumpDatabase(target.database.sqlite);
    const refused = refusal(() => commit(target, file, seen.token));
    expect(refused.message).toBe('3 rows of this file cannot be imported (row 3, Title: Title is required). Import the good rows and leave those out, or fix the file and preview it again. Nothing was imported.');
    expect(dumpDatabase(target.database.sqlite)).toEqual(before);
    expect(commit(target, file, seen.token, { skipBadRows: true })).toEqual({ format: 'csv-bids', added: 1, merged: 0, skipped: 0, leftOut: 3 });
    expect(storedBids(target).map((bid) => (bid as { title: string }).title)).toEqual(['CFO']);
  });

  it('skips a bid already here (same client, title and day) or earlier in the file, and adds nothing the second time', () => {
    const target = newMachine();
    const file = 'Title,Client,Date,Status\nCFO,Acme,2024-03-14,applied\ncfo,ACME,14 Mar 2024,interviewing\nCOO,Beta,2024-03-15,applied\n';
    const first = preview(target, file);
    expect(first.duplicates).toEqual([{ row: 3, existing: 'row 2 of this file', by: 'same client, title and date' }]);
    expect(commit(target, file, first.token)).toEqual({ format: 'csv-bids', added: 2, merged: 0, skipped: 1, leftOut: 0 });

    const again = preview(target, file);
    expect(again.rows).toMatchObject({ toAdd: 0, toSkip: 3, duplicates: 3 });
    expect(again.duplicates[0]).toEqual({ row: 2, existing: '“CFO” at Acme, added 2024-03-14', by: 'same client, title and date' });
    expect(again.token).toBeNull();
    expect(again.problems).toEqual([{ row: null, column: null, message: 'Every good row is already in Stint, so there is nothing to import.' }]);
    expect(storedBids(target)).toHaveLength(2);
  });

  it('merges a duplicate into the bid here, filling and moving it, never blanking a field', () => {
    const target = newMachine();
    const file = 'Title,Client,Agency,Date,Status,Day rate,Location\nCFO,Acme,Hays,2024-03-14,applied,,Leeds\n';
    commit(target, file, preview(target, file).token);
    const update = 'Title,Client,Agency,Date,Status,Day rate,Location\nCFO,Acme,,2024-03-14,offer,£800,\n';
    const merged = preview(target, update, { duplicates: 'merge' });
    expect(merged.rows).toMatchObject({ toMerge: 1, toAdd: 0 });
    expect(commit(target, update, merged.token, { duplicates: 'merge' })).toEqual({ format: 'csv-bids', added: 0, merged: 1, skipped: 0, leftOut: 0 });
    const [bid] = storedBids(target);
    expect(bid).toMatchObject({ title: 'CFO', agency: 'Hays', stage: 'offer', rateMinor: 80_000, currency: 'GBP' });
    expect(target.database.sqlite.prepare('SELECT location FROM opportunities').pluck().get()).toBe('Leeds');
    expect(target.database.sqlite.prepare('SELECT from_stage AS fromStage, to_stage AS toStage FROM stage_events ORDER BY id').all()).toEqual([
      { fromStage: null, toStage: 'submitted' },
      { fromStage: 'submitted', toStage: 'offer' },
    ]);
  });

  it('refuses a token after the data changed so that a row would now do something else', () => {
    const target = newMachine();
    const file = 'Title,Client,Date\nCFO,Acme,2024-03-14\nCOO,Beta,2024-03-15\n';
    const seen = preview(target, file);
    commit(target, 'Title,Client,Date\nCFO,Acme,2024-03-14\n', preview(target, 'Title,Client,Date\nCFO,Acme,2024-03-14\n').token);
    const before = dumpDatabase(target.database.sqlite);
    const refused = refusal(() => commit(target, file, seen.token));
    expect(refused).toMatchObject({ code: 'CONFLICT' });
    expect(refused.message).toMatch(/^The choices or Stint’s data have changed since the preview/);
    expect(refusal(() => commit(target, `${file}CTO,Gamma,2024-03-16\n`, seen.token)).message).toMatch(/^This is not the file that was previewed/);
    expect(refusal(() => commit(target, file, seen.token, { duplicates: 'merge' })).code).toBe('CONFLICT');
    expect(dumpDatabase(target.database.sqlite)).toEqual(before);
  });

  it('plans again when the data changed after the preview, through this connection or another, and refuses', () => {
    for (const changeThrough of ['this connection', 'another connection'] as const) {
      const target = newMachine();
      commit(target, 'Title,Client,Date\nCTO,Acme,2024-03-14\n', preview(target, 'Title,Client,Date\nCTO,Acme,2024-03-14\n').token);
      const file = 'Title,Client,Date\nCFO,Acme,2024-03-14\nCOO,Beta,2024-03-15\n';
      const seen = preview(target, file);
      expect(seen.rows.toAdd).toBe(2);
      // The stored CTO becomes a CFO at Acme on that day: the file's row would now be a duplicate, not a new bid.
      const other = changeThrough === 'another connection' ? target.temp.open() : target.database;
      other.sqlite.prepare("UPDATE opportunities SET title = 'CFO'").run();
      if (other !== target.database) other.close();
      const before = dumpDatabase(target.database.sqlite);
      expect(refusal(() => commit(target, file, seen.token)), changeThrough).toMatchObject({ code: 'CONFLICT' });
      expect(dumpDatabase(target.database.sqlite)).toEqual(before);
      // Previewed again, the file adds the one row that is new.
      const again = preview(target, file);
      expect(commit(target, file, again.token)).toMatchObject({ added: 1, skipped: 1 });
    }
  });

  it('writes all rows or none: a failure midway leaves the database as it was', () => {
    const target = newMachine();
    const file = `Title,Client\n${Array.from({ length: 1200 }, (_, index) => `Role ${index},Client ${index % 7}`).join('\n')}\n`;
    const seen = preview(target, file);
    const before = dumpDatabase(target.database.sqlite);
    // The 1,100th bid fails, after two statements of bids were written.
    target.database.sqlite.exec(`CREATE TEMP TRIGGER fail_late BEFORE INSERT ON main.opportunities WHEN NEW.title = 'Role 1100' BEGIN SELECT RAISE(ABORT, 'disk full (injected)'); END;`);
    expect(() => commit(target, file, seen.token)).toThrow('disk full (injected)');
    target.database.sqlite.exec('DROP TRIGGER temp.fail_late');
    expect(dumpDatabase(target.database.sqlite)).toEqual(before);
  });

  it('maps Stint’s own labels back and says so, and asks for a title column when none is found', () => {
    const stint = preview(newMachine(), 'Title,Client,Agency,Stage,Day rate,Date added\nCFO,Acme,Hays,Lead,650,2024-03-14\n');
    expect(stint.recognised).toBe('stint-csv');
    const untitled = preview(newMachine(), 'Something,Else\nA,B\n');
    expect(untitled.needs).toEqual(['Choose the column that holds each bid’s title']);
    expect(preview(newMachine(), 'Something,Else\nA,B\n', { columns: { title: 1 } }).needs).toEqual([]);
  });

  it('refuses more rows than one import takes, saying how many it has and what to do', () => {
    const file = `Title\n${'Role\n'.repeat(50_001)}`;
    const seen = preview(newMachine(), file);
    expect(seen.token).toBeNull();
    expect(seen.problems).toEqual([{ row: null, column: null, message: 'This file has 50,001 rows; Stint imports at most 50,000 at once: split it into parts and import each.' }]);
  });

  it('makes of each row the bid that the bid form’s whole schema makes of it, though a row checks only its own fields', () => {
    const file = 'Title,Client,Agency,Recruiter,Day rate,Currency,Status,Location,Notes\nInterim CFO,Acme,Hays,Priya Patel,650,EUR,applied,Leeds,Met at a dinner\n  Head of Finance  ,,,,"1.250,50 €",,lead,,\nProgramme Director,Beta,,,,,offer,Remote,\n';
    const { rows } = planCsv(newMachine().database.db, bidKind, file, {});
    expect(rows.map((row) => row.action)).toEqual(['add', 'add', 'add']);
    for (const row of rows) expect(row.input).toEqual(createBidSchema.parse(row.input));
    expect(rows.map((row) => [row.input?.title, row.input?.source, row.input?.rate, row.input?.briefChecklist.map((item) => item.label)])).toEqual([
      ['Interim CFO', 'agency', { amount: 650, currency: 'EUR', unit: 'day' }, DEFAULT_BRIEF_CHECKLIST],
      ['Head of Finance', 'direct_approach', { amount: 1250.5, currency: 'EUR', unit: 'day' }, DEFAULT_BRIEF_CHECKLIST],
      ['Programme Director', 'direct_approach', null, DEFAULT_BRIEF_CHECKLIST],
    ]);
  });
});
