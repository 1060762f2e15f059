/**
 * The export and import part of `npm run bench`: the heavy fixture exported as JSON (`export_json`), and that
 * export imported back into the same database (`import_json_merge`), where every record is already there and as
 * new, so the whole file is read, checked and matched and nothing is written. Each is timed call by call in turn
 * with a hand-written baseline doing the least the same work needs (`bench/raw-transfer.ts`), whose ratio is the
 * figure to compare across machines. The bids as CSV (`export_csv_bids`, 10,000 rows) are timed the same way beside
 * a plain select of the same rows joined with commas.
 *
 * Then, once this part's 45 MB export and its parsed records are out of reach (a spreadsheet import never runs
 * beside them), `import_csv_10k` (bench/csv-import-bench.ts): a spreadsheet of 10,000 bids previewed and imported
 * into a fresh database, beside hand-written inserts.
 *
 *   npm run bench -- --only transfer [--json]    only these, on a heavy fixture built for them (about a minute)
 */
import { apiContract } from '../src/shared/contract';
import { createApi } from '../src/main/core/api';
import { fixedClock } from '../src/main/core/clock';
import { benchCsvImport, type CsvImportBench } from './csv-import-bench';
import type { HeavyFixture } from './heavy-fixture';
import { measureAlternatingSync, ratioOf, round, toResult, type BenchResult, type Ratio } from './lib/measure';
import { rawBidsCsv, rawExport, rawMerge } from './raw-transfer';

export const TRANSFER_TARGETS = { export_json: 1_000, import_json_merge: 2_000, export_csv_bids: 500 } as const;
/**
 * The most each may take beside its baseline. The export does the baseline's work with links turned into uids;
 * most of the import's is what its baseline leaves out (every field and link of 110,000 records checked, keys of
 * their own matched, the file and the plan fingerprinted), hence the wider margin. The CSV export adds to its
 * baseline every cell put in words (labels, local dates and times) and checked for quoting and formulas.
 */
export const TRANSFER_RATIO_TARGETS = { export_json_vs_raw: 2, import_json_merge_vs_raw: 6, export_csv_bids_vs_raw: 2 } as const;

export interface TransferBench {
  results: BenchResult[];
  ratios: Record<string, Ratio>;
  sanity: { export_mb: number; csv_bids_mb: number; records: number; unchanged_on_merge: number; changed_on_merge: number; problems: number } & CsvImportBench['sanity'];
}

export function benchTransfer(fixture: HeavyFixture, iterations = 10): TransferBench {
  const json = benchJsonAndCsvExport(fixture, iterations);
  const csv = benchCsvImport(iterations);
  return { results: [...json.results, ...csv.results], ratios: { ...csv.ratios, ...json.ratios }, sanity: { ...json.sanity, ...csv.sanity } };
}

function benchJsonAndCsvExport(fixture: HeavyFixture, iterations: number): Omit<TransferBench, 'sanity'> & { sanity: Omit<TransferBench['sanity'], keyof CsvImportBench['sanity']> } {
  const database = fixture.open();
  try {
    const { db, sqlite } = database;
    const api = createApi(db, fixedClock(fixture.now));
    const options = { warmup: 2, iterations };

    const { text } = api.exportJson(undefined);
    const [exportSamples, exportRawSamples] = measureAlternatingSync(
      () => api.exportJson(undefined),
      () => rawExport(sqlite),
      options,
    );

    const csvBids = apiContract.exportCsv.input.parse({ list: 'bids' });
    const csvText = api.exportCsv(csvBids).text;
    const [csvSamples, csvRawSamples] = measureAlternatingSync(
      () => api.exportCsv(csvBids),
      () => rawBidsCsv(sqlite),
      options,
    );

    // Parsed once, as the transport would; the token stays good, as importing the file changes nothing.
    const preview = api.previewImport(apiContract.previewImport.input.parse({ format: 'stint-json', file: text }));
    const commit = apiContract.commitImport.input.parse({ format: 'stint-json', file: text, token: preview.token ?? '' });
    const merged = api.commitImport(commit);
    if (merged.format !== 'stint-json') throw new Error('A JSON import answered as another format');
    const [mergeSamples, mergeRawSamples] = measureAlternatingSync(
      () => api.commitImport(commit),
      () => rawMerge(sqlite, text),
      options,
    );

    const results = [
      toResult('export_json', exportSamples, TRANSFER_TARGETS.export_json),
      toResult('export_json_raw', exportRawSamples),
      toResult('import_json_merge', mergeSamples, TRANSFER_TARGETS.import_json_merge),
      toResult('import_json_merge_raw', mergeRawSamples),
      toResult('export_csv_bids', csvSamples, TRANSFER_TARGETS.export_csv_bids),
      toResult('export_csv_bids_raw', csvRawSamples),
    ] as const;
    return {
      results: [...results],
      ratios: {
        export_json_vs_raw: ratioOf(results[0], results[1], TRANSFER_RATIO_TARGETS.export_json_vs_raw),
        import_json_merge_vs_raw: ratioOf(results[2], results[3], TRANSFER_RATIO_TARGETS.import_json_merge_vs_raw),
        export_csv_bids_vs_raw: ratioOf(results[4], results[5], TRANSFER_RATIO_TARGETS.export_csv_bids_vs_raw),
      },
      sanity: {
        export_mb: round(Buffer.byteLength(text) / 1_000_000, 1),
        csv_bids_mb: round(Buffer.byteLength(csvText) / 1_000_000, 1),
        records: merged.totals.added + merged.totals.updated + merged.totals.unchanged,
        unchanged_on_merge: merged.totals.unchanged,
        changed_on_merge: merged.totals.added + merged.totals.updated,
        problems: preview.problemCount,
      },
    };
  } finally {
    database.close();
  }
}
