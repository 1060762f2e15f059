import { afterEach, describe, expect, it } from 'vitest';
import type { RecordKind } from '../../../../shared/domain';
import type { ImportProblem } from '../../../../shared/schemas';
import { parsedBid } from '../../test-support/bid-input';
import { refusal } from '../../test-support/refusal';
import { TEST_NOW } from '../../test-support/temp-database';
import { dumpDatabase, machine, type Machine } from '../../test-support/transfer';
import { exportJson } from './export';
import { commitJsonImport, previewJsonImport } from './import';
import { PROBLEMS_LISTED } from './problems';

type Document = { format: unknown; version: unknown; records: { [K in RecordKind]: Record<string, unknown>[] } } & Record<string, unknown>;

let source: Machine;
let target: Machine;
afterEach(() => [source, target].forEach((each) => each?.temp.remove()));

/** A small valid export (a bid with its client, agency, recruiter and first move), to be broken by each test. */
function validDocument(): Document {
  source = machine();
  source.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'submitted' }));
  return JSON.parse(exportJson(source.database.db, TEST_NOW)) as Document;
}

/** The problems a preview of `text` finds; checks that it offers no token and that importing it changes nothing. */
function problemsOf(text: string): ImportProblem[] {
  target = machine();
  const before = dumpDatabase(target.database.sqlite);
  const preview = previewJsonImport(target.database.db, text);
  expect(preview.token).toBeNull();
  const refused = refusal(() => commitJsonImport(target.database.db, text, 'whatever.token'));
  expect(refused.code).toBe('VALIDATION');
  expect(refused.message).toMatch(/^This file cannot be imported: .+ Nothing was imported\.$/);
  expect(dumpDatabase(target.database.sqlite)).toEqual(before);
  expect(preview.problemCount).toBe(preview.problems.length);
  return preview.problems;
}

const whole = (message: string | RegExp) => ({ kind: null, index: null, uid: null, field: null, where: '', message: typeof message === 'string' ? message : expect.stringMatching(message) });

describe('a file that is not a Stint export this Stint reads', () => {
  it('says it is not JSON', () => {
    expect(problemsOf('Title,Client\nInterim CFO,Hays')).toEqual([whole(/^This file is not JSON, so it is not a Stint export \(.+\)\.$/)]);
  });

  it('says JSON of another kind is not a Stint export', () => {
    expect(problemsOf('[1, 2, 3]')).toEqual([whole('This file is JSON but not a Stint export: it holds a list rather than an object with "format": "stint-export".')]);
    expect(problemsOf('{"bids": []}')).toEqual([whole('This file is JSON but not a Stint export: it has no "format": "stint-export".')]);
    expect(problemsOf('{"format": "trello-board"}')).toEqual([whole('This file is JSON but not a Stint export: its "format" is "trello-board", not "stint-export".')]);
  });

  it('says an export from a newer Stint needs a newer Stint', () => {
    const document = { ...validDocument(), version: 2 };
    expect(problemsOf(JSON.stringify(document))).toEqual([
      whole('This file was exported by a newer Stint (format version 2); this Stint reads version 1. Update Stint to import it.'),
    ]);
  });

  it('names what it does not know: a field of the export, a kind of record', () => {
    const document = validDocument();
    const text = JSON.stringify({ ...document, comment: 'from my laptop', records: { ...document.records, invoices: [] } });
    expect(problemsOf(text)).toEqual([whole('"comment" is not a field of a Stint export.'), whole('The file has records of a kind this Stint does not know: "invoices".')]);
  });
});

describe('a record that cannot be stored', () => {
  it('says which record, which field and what is wrong, for every such record', () => {
    const document = validDocument();
    const [bid] = document.records.bids;
    const [event] = document.records.stageEvents;
    const uid = bid?.uid as string;
    Object.assign(bid ?? {}, { stage: 'maybe', priority: 7, colour: 'red' });
    delete event?.toStage;
    const problems = problemsOf(JSON.stringify(document));
    const at = (field: string | null, message: string, kind = 'bids', recordUid = uid) => ({
      kind,
      index: 0,
      uid: recordUid,
      field,
      where: `${kind === 'bids' ? 'Bids' : 'Stage moves'}, record 1 (uid ${recordUid})`,
      message,
    });
    const stages = 'lead, brief, submitted, shortlisted, interview, offer, won, rejected, withdrawn, role_pulled, no_response';
    expect(problems).toEqual([
      at('stage', `Stage must be one of: ${stages}`),
      at('priority', 'Priority must be a whole number from 1 to 3'),
      at(null, '"colour" is not a field Stint accepts'),
      at('toStage', `To stage must be one of: ${stages}`, 'stageEvents', event?.uid as string),
    ]);
  });

  it('checks what the database checks: dates in order, a rating with its time, a rule with its trigger', () => {
    const document = validDocument();
    Object.assign(document.records.bids[0] ?? {}, { expectedStart: '2026-09-01', expectedEnd: '2026-04-01', rateMinor: -5, briefChecklist: [{ label: 'Scope', done: 'yes' }] });
    Object.assign(document.records.stageEvents[0] ?? {}, { bidUid: 'bid-1' });
    const messages = problemsOf(JSON.stringify(document)).map((problem) => `${problem.field}: ${problem.message}`);
    expect(messages).toEqual([
      'rateMinor: Rate minor must be a whole number 0 or more',
      'briefChecklist.0.done: Brief checklist item 1 done must be true or false',
      'bidUid: Bid uid must be a uid: a UUID such as 0190d2a4-6b1c-7d3e-8f40-1a2b3c4d5e6f',
    ]);
    // The order of the dates is checked once every field is of the right type.
    const dated = validDocument();
    Object.assign(dated.records.bids[0] ?? {}, { expectedStart: '2026-09-01', expectedEnd: '2026-04-01' });
    expect(problemsOf(JSON.stringify(dated)).map((problem) => problem.message)).toEqual(['Expected end cannot be before the expected start']);
  });

  it('says a link that leads to no record, in the file or here', () => {
    const document = validDocument();
    const missing = '01900000-0000-7000-8000-000000000000';
    Object.assign(document.records.bids[0] ?? {}, { clientUid: missing });
    const [problem] = problemsOf(JSON.stringify(document));
    expect(problem).toMatchObject({ kind: 'bids', index: 0, field: 'clientUid', message: `Client uid names an organisation (uid ${missing}) that is neither in the file nor here` });
  });

  it('says a uid given to two records', () => {
    const document = validDocument();
    const [first] = document.records.organisations;
    document.records.organisations.push({ ...first, name: 'Another name' });
    const problems = problemsOf(JSON.stringify(document));
    expect(problems).toEqual([expect.objectContaining({ kind: 'organisations', index: 2, field: 'uid', message: "Uid is record 1's too: each record has its own." })]);
  });

  it('says a trigger that names records by their number in the database it came from', () => {
    const document = validDocument();
    const bid = document.records.bids[0] ?? {};
    document.records.reminders.push({
      uid: '01900000-0000-7000-8000-000000000001', kind: 'gone_quiet', title: 'Chase', why: '', dueAt: TEST_NOW, snoozedUntil: null, status: 'open',
      contactUid: null, bidUid: bid.uid, rule: 'gone_quiet', triggerKey: 'quiet:12@1772442000000', closedAt: null, closedBy: null, createdAt: TEST_NOW, updatedAt: TEST_NOW,
    });
    const [problem] = problemsOf(JSON.stringify(document));
    expect(problem).toMatchObject({ kind: 'reminders', index: 0, field: 'triggerKey', message: expect.stringContaining('names records by their number in the database it came from') });
  });

  it('lists the first hundred problems and counts them all', () => {
    const document = validDocument();
    const [organisation] = document.records.organisations;
    document.records.organisations = Array.from({ length: 250 }, () => ({ ...organisation, kind: 'supplier' }));
    target = machine();
    const preview = previewJsonImport(target.database.db, JSON.stringify(document));
    expect(preview.problems.length).toBe(PROBLEMS_LISTED);
    expect(preview.problemCount).toBe(250);
    expect(refusal(() => commitJsonImport(target.database.db, JSON.stringify(document), 'x')).message).toMatch(/\(and 249 more problems\)\. Nothing was imported\.$/);
  });
});

describe('a record that says otherwise of one already here', () => {
  it('refuses a stage move given to another bid: a move never changes once made', () => {
    const document = validDocument();
    target = machine();
    previewAndImport(JSON.stringify(document));
    const other = { ...(document.records.bids[0] ?? {}), uid: '01900000-0000-7000-8000-0000000000aa', title: 'Another bid' };
    document.records.bids.push(other);
    Object.assign(document.records.stageEvents[0] ?? {}, { bidUid: other.uid });
    const preview = previewJsonImport(target.database.db, JSON.stringify(document));
    expect(preview.problems).toEqual([
      expect.objectContaining({ kind: 'stageEvents', field: 'bidUid', message: 'Bid uid is not the same as that of the stage move here with uid ' + String(document.records.stageEvents[0]?.uid) + ', and it never changes once made' }),
    ]);
  });
});

function previewAndImport(text: string): void {
  const preview = previewJsonImport(target.database.db, text);
  commitJsonImport(target.database.db, text, preview.token ?? '');
}
