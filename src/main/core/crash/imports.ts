import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { getTableName } from 'drizzle-orm';
import type { ExportDocument } from '../../../shared/schemas';
import { openDatabase, type StintDatabase } from '../db/open';
import { generatePipeline } from '../fixtures/pipeline-generator';
import { exportJson } from '../services/transfer/export';
import { specOf } from '../services/transfer/kind-specs';
import type { UidKind } from '../services/transfer/kinds';
import { call } from '../test-support/call';
import type { ApiHandlers } from '../../../shared/contract';
import type { Workload, WriteLog } from './workload';

/**
 * One import, named by its prefix (`0000000c-0003`: run 12's fourth import), with how many records of each kind it
 * brings: all of them, or none, must be stored. Another machine's export starts every uid it brings with the
 * prefix; a spreadsheet of bids, whose bids get uids of this machine, starts every title with it.
 */
export type ImportWrite = { op: 'import'; format: 'stint-json' | 'csv-bids'; prefix: string; records: Partial<Record<UidKind, number>> };

/** The kinds an import brings: a pipeline's organisations, people, bids and their history and interviews. */
const IMPORTED_KINDS = ['organisations', 'contacts', 'bids', 'stageEvents', 'interviews'] as const satisfies readonly UidKind[];
/** About 400 records: 20 organisations, the contacts on 60 bids, their stage events and interviews. */
const SOURCE_PIPELINE = { seed: 16, bids: 60, organisations: 20, spanDays: 365, openShare: 0.3, wonShare: 0.05, now: Date.UTC(2026, 0, 5) };
/** Stands in a name for the import it is in: organisations and contacts with the same name would be matched, not added. */
const IMPORT_MARK = '{import}';
const UID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** The version and variant digits every imported uid has after its import's prefix: never a uid the app makes. */
const IMPORTED_UID = '-7000-8000-';

/** Another machine's export, every uid in it numbered in the order it first appears. */
interface SourceFile {
  text: string;
  uidNumbers: Map<string, number>;
  records: ImportWrite['records'];
}

/**
 * Bids in a spreadsheet: enough that they are written in bulk, with the triggers that keep search and `bid_facts`
 * set aside inside the import's transaction (db/bids-in-bulk.ts), which a kill must never leave half done either.
 */
const SPREADSHEET_BIDS = 300;
/** What a spreadsheet's title looks like: its import's prefix first. */
const SPREADSHEET_TITLE = '????????-???? Role *';

function spreadsheetOf(prefix: string): string {
  const statuses = ['applied', 'Interviewing', 'rejected', 'lead'];
  const rows = Array.from({ length: SPREADSHEET_BIDS }, (_, index) => `${prefix} Role ${index},Client ${index % 40},${index % 3 === 0 ? '' : `Agency ${index % 7}`},${statuses[index % statuses.length]}`);
  return `Title,Client,Agency,Status\n${rows.join('\n')}\n`;
}

const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');

/** The source file with every uid made the import's own and every name marked with it, so that all of it is new. */
function fileOf(source: SourceFile, prefix: string): string {
  return source.text
    .replace(UID, (uid) => `${prefix}${IMPORTED_UID}${hex(source.uidNumbers.get(uid) ?? 0, 12)}`)
    .replaceAll(IMPORT_MARK, prefix);
}

/** A generated pipeline's export, with only the imported kinds, and every name marked to be the import's own. */
function sourceFile(migrationsFolder: string): string {
  const source = openDatabase(':memory:', { migrationsFolder });
  let document: ExportDocument;
  try {
    generatePipeline(source.db, SOURCE_PIPELINE);
    document = JSON.parse(exportJson(source.db, SOURCE_PIPELINE.now)) as ExportDocument;
  } finally {
    source.close();
  }
  const imported = (kind: string) => (IMPORTED_KINDS as readonly string[]).includes(kind);
  const records = Object.fromEntries(Object.entries(document.records).map(([kind, list]) => [kind, imported(kind) ? list : []]));
  for (const named of [...document.records.organisations, ...document.records.contacts]) named.name = `${named.name} ${IMPORT_MARK}`;
  return JSON.stringify({ ...document, records });
}

/** How many records of each imported kind every import has stored, by its prefix. */
function storedByImport(database: StintDatabase): Map<string, Partial<Record<UidKind, number>>> {
  const stored = new Map<string, Partial<Record<UidKind, number>>>();
  for (const kind of IMPORTED_KINDS) {
    const rows = database.sqlite
      .prepare(`SELECT substr(uid, 1, 13) AS prefix, count(*) AS n FROM "${getTableName(specOf(kind).table)}" WHERE uid LIKE ? GROUP BY 1`)
      .all(`%${IMPORTED_UID}%`) as { prefix: string; n: number }[];
    for (const { prefix, n } of rows) stored.set(prefix, { ...stored.get(prefix), [kind]: n });
  }
  const spreadsheets = database.sqlite
    .prepare(
      `SELECT substr(o.title, 1, 13) AS prefix, count(DISTINCT o.id) AS bids, count(e.id) AS stageEvents
       FROM opportunities o LEFT JOIN stage_events e ON e.opportunity_id = o.id WHERE o.title GLOB ? GROUP BY 1`,
    )
    .all(SPREADSHEET_TITLE) as { prefix: string; bids: number; stageEvents: number }[];
  for (const { prefix, bids, stageEvents } of spreadsheets) stored.set(prefix, { bids, stageEvents });
  return stored;
}

const inWords = (records: Partial<Record<UidKind, number>>) => IMPORTED_KINDS.map((kind) => `${records[kind] ?? 0} ${kind}`).join(', ');

function importExport(api: ApiHandlers, log: WriteLog<ImportWrite>, prepared: SourceFile, prefix: string): void {
  const write: ImportWrite = { op: 'import', format: 'stint-json', prefix, records: prepared.records };
  const file = fileOf(prepared, write.prefix);
  log.begin(write);
  const preview = call(api, 'previewImport', { format: 'stint-json', file });
  if (!preview.token) throw new Error(`The import cannot be applied: ${JSON.stringify(preview.problems.slice(0, 3))}`);
  const done = call(api, 'commitImport', { format: 'stint-json', file, token: preview.token });
  const expected = Object.values(prepared.records).reduce((sum, count) => sum + count, 0);
  if (done.format !== 'stint-json') throw new Error(`A JSON import answered as ${done.format}`);
  if (done.totals.added !== expected) throw new Error(`The import added ${done.totals.added} records, not the file's ${expected}`);
  log.committed(write);
}

function importSpreadsheet(api: ApiHandlers, log: WriteLog<ImportWrite>, prefix: string): void {
  const write: ImportWrite = { op: 'import', format: 'csv-bids', prefix, records: { bids: SPREADSHEET_BIDS, stageEvents: SPREADSHEET_BIDS } };
  const file = spreadsheetOf(prefix);
  log.begin(write);
  const preview = call(api, 'previewImport', { format: 'csv-bids', file });
  if (preview.format === 'stint-json' || !preview.token) throw new Error(`The spreadsheet cannot be imported: ${JSON.stringify(preview.problems.slice(0, 3))}`);
  const done = call(api, 'commitImport', { format: 'csv-bids', file, token: preview.token, skipBadRows: false });
  if (done.format !== 'csv-bids' || done.added !== SPREADSHEET_BIDS) throw new Error(`The spreadsheet import added ${JSON.stringify(done)}, not its ${SPREADSHEET_BIDS} bids`);
  log.committed(write);
}

/**
 * Another machine's export (about 400 new records each time) and a spreadsheet of 300 bids, in turn, previewed and
 * imported again and again, each killed at any moment: while the file is read and checked, while the database is
 * backed up before it, or while its records are written. Afterwards every import is there whole or not at all, and
 * every one reported done is there.
 */
export const imports: Workload<ImportWrite, SourceFile> = {
  name: 'imports',

  prepare({ file, migrationsFolder }) {
    // Made by the first child and kept beside the database for the others, each of which would take half a second.
    const kept = `${file}.import-source.json`;
    if (!existsSync(kept)) {
      const partial = `${kept}.${process.pid}`;
      writeFileSync(partial, sourceFile(migrationsFolder));
      renameSync(partial, kept);
    }
    const text = readFileSync(kept, 'utf8');
    const uidNumbers = new Map<string, number>();
    for (const [uid] of text.matchAll(UID)) if (!uidNumbers.has(uid)) uidNumbers.set(uid, uidNumbers.size);
    const { records } = JSON.parse(text) as ExportDocument;
    return { text, uidNumbers, records: Object.fromEntries(IMPORTED_KINDS.map((kind) => [kind, records[kind].length])) };
  },

  run(api, log, { run, keepGoing, prepared }) {
    for (let index = 0; keepGoing(); index += 1) {
      const prefix = `${hex(run, 8)}-${hex(index, 4)}`;
      // Every other import a spreadsheet; which comes first changes with the run.
      if ((run + index) % 2 === 0) importExport(api, log, prepared, prefix);
      else importSpreadsheet(api, log, prefix);
    }
  },

  checker() {
    /** Every import stored, whether reported done or found stored after the kill that cut its report short. */
    const expected = new Map<string, ImportWrite['records']>();
    return {
      check(database, { committed, inFlight }) {
        for (const write of committed) expected.set(write.prefix, write.records);
        const stored = storedByImport(database);
        const problems: string[] = [];
        for (const [prefix, records] of expected) {
          const found = stored.get(prefix) ?? {};
          if (inWords(found) !== inWords(records)) problems.push(`The import ${prefix}, reported done, has ${inWords(found)} of its ${inWords(records)}`);
        }
        let inFlightStored: boolean | null = null;
        if (inFlight) {
          const found = stored.get(inFlight.prefix);
          inFlightStored = found !== undefined;
          if (found && inWords(found) !== inWords(inFlight.records)) problems.push(`The import ${inFlight.prefix}, cut short by the kill, is stored in part: ${inWords(found)} of its ${inWords(inFlight.records)}`);
          if (found) expected.set(inFlight.prefix, inFlight.records);
        }
        for (const prefix of stored.keys()) if (!expected.has(prefix)) problems.push(`Records of the import ${prefix} are stored, but no run began it`);
        return { problems, inFlightStored };
      },
    };
  },
};
