/**
 * `import_csv_10k`: a contractor's spreadsheet of 10,000 bids (title, client, agency, day rate, status, date)
 * imported through the API into a fresh database each time: the commit, which confirms that the file, the choices
 * and the database are those of the preview (whose plan it then takes, csv/last-preview.ts) and writes every row in
 * one transaction. The preview the user saw before (`preview_csv_10k`: the file read, every row checked and matched,
 * nothing written) is timed on its own: it is another click, with its own wait.
 * Their baseline, `import_csv_10k_raw_sql`, is the least the same work needs: the same file parsed by papaparse and
 * its rows inserted by hand-written prepared statements (organisations, bids, their creation's stage move) in one
 * transaction, with the search index and `bid_facts` made as Stint makes them for any bulk insert
 * (db/bids-in-bulk.ts). The two are timed call by call in turn, each into a copy of the same empty database.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { apiContract } from '../src/shared/contract';
import { matchKey } from '../src/shared/match-key';
import { DEFAULT_BRIEF_CHECKLIST } from '../src/shared/domain';
import { createApi, type DataHandlers } from '../src/main/core/api';
import { fixedClock } from '../src/main/core/clock';
import { openDatabase, type StintDatabase } from '../src/main/core/db/open';
import { newRecordUid } from '../src/main/core/db/record-id';
import { addingBidsInBulk } from '../src/main/core/db/bids-in-bulk';
import { MIGRATIONS_FOLDER } from './heavy-fixture';
import { ratioOf, timeOnce, toResult, type BenchResult, type Ratio } from './lib/measure';

export const CSV_IMPORT_TARGET_MS = 500;
/**
 * The import reads the file as the user's choices say (separator and header found, dates read both ways, status
 * words mapped), checks every row with the bid form's schemas and matches it against the stored bids, and
 * fingerprints the file and the plan; the baseline only splits the file and writes.
 */
export const CSV_IMPORT_RATIO_TARGET = 3;
const ROWS = 10_000;
const NOW = Date.UTC(2026, 2, 2, 9, 0, 0);

const STATUSES = ['applied', 'Interviewing', 'rejected', 'offer', 'no response', 'withdrawn', 'lead'];
const STAGE_OF: Record<string, string> = { applied: 'submitted', Interviewing: 'interview', rejected: 'rejected', offer: 'offer', 'no response': 'no_response', withdrawn: 'withdrawn', lead: 'lead' };

/** A spreadsheet as contractors keep one: 200 clients, 30 agencies (a third of bids direct), dates over two years. */
export function bidsSpreadsheet(rows = ROWS): string {
  const lines = ['Title,Client,Agency,Day rate,Status,Applied'];
  for (let index = 0; index < rows; index += 1) {
    const day = new Date(Date.UTC(2024, 0, 1) + (index % 700) * 86_400_000).toISOString().slice(0, 10);
    const agency = index % 3 === 0 ? '' : `Agency ${index % 30}`;
    lines.push(`Interim role ${index},Client ${index % 200},${agency},"£${500 + (index % 50) * 10}",${STATUSES[index % STATUSES.length]},${day}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The same rows inserted by hand: what any import of this file has to do at the least. */
function rawImport({ sqlite, db }: StintDatabase, text: string): number {
  const { data } = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const insertOrganisation = sqlite.prepare('INSERT INTO organisations (uid, name, name_key, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  // Every bid stores what the API stores: the default brief checklist, unticked, among the rest.
  const insertBid = sqlite.prepare(`INSERT INTO opportunities (uid, title, client_id, agency_id, source, engagement, rate_minor, rate_currency, rate_unit, stage,
    duration_unit, ir35, priority, brief_checklist, stage_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'interim', ?, 'GBP', 'day', ?, 'months', 'unknown', 2, ?, ?, ?, ?)`);
  const checklist = JSON.stringify(DEFAULT_BRIEF_CHECKLIST.map((label) => ({ label, done: false })));
  const insertEvent = sqlite.prepare('INSERT INTO stage_events (uid, opportunity_id, from_stage, to_stage, at) VALUES (?, ?, NULL, ?, ?)');
  const organisations = new Map<string, number>();
  const organisation = (name: string, kind: string) => {
    const key = matchKey(name);
    const known = organisations.get(key);
    if (known !== undefined) return known;
    const id = Number(insertOrganisation.run(newRecordUid(NOW), name, key, kind, NOW, NOW).lastInsertRowid);
    organisations.set(key, id);
    return id;
  };
  sqlite.transaction(() => addingBidsInBulk(db, () => {
    for (const [title = '', client = '', agency = '', rate = '', status = '', date = ''] of data.slice(1)) {
      const createdAt = new Date(`${date}T00:00:00`).getTime();
      const stage = STAGE_OF[status] ?? 'lead';
      const bidId = insertBid.run(newRecordUid(NOW), title, organisation(client, 'client'), agency ? organisation(agency, 'agency') : null, agency ? 'agency' : 'direct_approach', Number(rate.replace('£', '')) * 100, stage, checklist, createdAt, createdAt, NOW).lastInsertRowid;
      insertEvent.run(newRecordUid(createdAt), bidId, stage, createdAt);
    }
  })).immediate();
  return data.length - 1;
}

/** What both store, but for uids: bids, their organisations, events, search entries and facts. */
function storedContent({ sqlite }: StintDatabase) {
  const all = (query: string) => sqlite.prepare(query).raw().all();
  return [
    all(`SELECT o.title, c.name, a.name, o.source, o.engagement, o.rate_minor, o.rate_currency, o.rate_unit, o.duration_unit, o.ir35, o.priority, o.stage,
      o.brief_checklist, o.brief_completeness, o.stage_changed_at, o.created_at FROM opportunities o
      LEFT JOIN organisations c ON c.id = o.client_id LEFT JOIN organisations a ON a.id = o.agency_id ORDER BY o.id`),
    all('SELECT name, name_key, kind FROM organisations ORDER BY name_key'),
    all('SELECT opportunity_id, from_stage, to_stage, at FROM stage_events ORDER BY id'),
    all('SELECT rowid, * FROM opportunity_search ORDER BY rowid'),
    all('SELECT * FROM bid_facts ORDER BY opportunity_id'),
  ];
}

export interface CsvImportBench {
  results: BenchResult[];
  ratios: Record<string, Ratio>;
  sanity: { csv_rows: number; csv_added: number; csv_stored: number; csv_raw_stored: number };
}

export function benchCsvImport(iterations = 10, warmup = 2): CsvImportBench {
  const dir = mkdtempSync(join(tmpdir(), 'stint-bench-csv-'));
  try {
    const empty = join(dir, 'empty.db');
    openDatabase(empty, { migrationsFolder: MIGRATIONS_FOLDER }).close();
    const text = bidsSpreadsheet();
    let fresh = 0;
    const freshDatabase = () => {
      const file = join(dir, `fresh-${(fresh += 1)}.db`);
      copyFileSync(empty, file);
      return openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER });
    };
    // One API per database, as the app has: the import the user confirms follows the preview they saw.
    const preview = (api: DataHandlers) => {
      const previewed = api.previewImport(apiContract.previewImport.input.parse({ format: 'csv-bids', file: text }));
      if (previewed.format === 'stint-json' || previewed.token === null) throw new Error(`The spreadsheet cannot be imported: ${JSON.stringify(previewed)}`.slice(0, 500));
      return apiContract.commitImport.input.parse({ format: 'csv-bids', file: text, token: previewed.token, skipBadRows: false });
    };
    const viaApi = (api: DataHandlers, commit: ReturnType<typeof preview>) => {
      const result = api.commitImport(commit);
      return result.format === 'stint-json' ? 0 : result.added;
    };
    const previewSamples: number[] = [];
    const apiSamples: number[] = [];
    const rawSamples: number[] = [];
    const sanity = { csv_rows: ROWS, csv_added: 0, csv_stored: 0, csv_raw_stored: 0 };
    for (let call = 0; call < warmup + iterations; call += 1) {
      const [apiDb, rawDb] = [freshDatabase(), freshDatabase()];
      const api = createApi(apiDb.db, fixedClock(NOW));
      const previewed = timeOnce(() => preview(api));
      // Which goes first swaps every call, as measureAlternatingSync does.
      const apiFirst = call % 2 === 0;
      const first = apiFirst ? timeOnce(() => viaApi(api, previewed.value)) : timeOnce(() => rawImport(rawDb, text));
      const second = apiFirst ? timeOnce(() => rawImport(rawDb, text)) : timeOnce(() => viaApi(api, previewed.value));
      const [imported, raw] = apiFirst ? [first, second] : [second, first];
      if (call >= warmup) {
        previewSamples.push(previewed.ms);
        apiSamples.push(imported.ms);
        rawSamples.push(raw.ms);
      }
      sanity.csv_added = imported.value;
      sanity.csv_stored = apiDb.sqlite.prepare('SELECT count(*) FROM opportunities').pluck().get() as number;
      sanity.csv_raw_stored = rawDb.sqlite.prepare('SELECT count(*) FROM opportunities').pluck().get() as number;
      if (call === 0 && !isDeepStrictEqual(storedContent(apiDb), storedContent(rawDb))) throw new Error('The baseline stores other rows than the import: the comparison would be meaningless.');
      apiDb.close();
      rawDb.close();
    }
    const subject = toResult('import_csv_10k', apiSamples, CSV_IMPORT_TARGET_MS);
    const baseline = toResult('import_csv_10k_raw_sql', rawSamples);
    const previewResult = toResult('preview_csv_10k', previewSamples);
    return { results: [previewResult, subject, baseline], ratios: { import_csv_10k_vs_raw: ratioOf(subject, baseline, CSV_IMPORT_RATIO_TARGET) }, sanity };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
