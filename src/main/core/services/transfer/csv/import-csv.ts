/**
 * Importing a spreadsheet of bids or contacts: the preview says how the file reads, what must still be decided,
 * and what each row would do; the commit applies exactly that in one IMMEDIATE transaction, or nothing. Its token
 * fingerprints the file, every choice and the plan, as the JSON import's does.
 */
import { ApiError } from '../../../../../shared/errors';
import type { CsvFormat } from '../../../../../shared/domain';
import type { CsvPreview, CsvResult } from '../../../../../shared/schemas';
import type { Db } from '../../../db/open';
import { readTransaction, writeTransaction } from '../../../db/transactions';
import { fingerprint, refuseAnotherFile } from '../preview-token';
import { databaseStamp, previewKey, type LastCsvPreview } from './last-preview';
import { bidKind } from './bid-kind';
import { contactKind } from './contact-kind';
import type { CsvKind } from './kind';
import { planCsv, type CsvChoices } from './plan';

const KINDS: Record<CsvFormat, CsvKind<never>> = { 'csv-bids': bidKind as CsvKind<never>, 'csv-contacts': contactKind as CsvKind<never> };

export function previewCsvImport(db: Db, format: CsvFormat, text: string, choices: CsvChoices, last: LastCsvPreview): CsvPreview {
  return readTransaction(db, (tx) => {
    const plan = planCsv(tx, KINDS[format], text, choices);
    last.keep(previewKey(format, plan.fileDigest, choices), databaseStamp(tx), plan);
    return plan.preview;
  });
}

function rowsInWords(count: number): string {
  return `${count.toLocaleString('en-GB')} row${count === 1 ? '' : 's'}`;
}

/**
 * Imports the file as the preview with `token` said. Another file, other choices, or data that changed so that
 * the import would now do something else are refused; so are bad rows, unless the user chose to leave them out.
 */
export function commitCsvImport(
  db: Db,
  now: number,
  format: CsvFormat,
  text: string,
  choices: CsvChoices & { token: string; skipBadRows: boolean },
  last: LastCsvPreview,
): CsvResult {
  return writeTransaction(db, (tx) => {
    const kind = KINDS[format];
    // The write lock is held from here, so what the stamp says stays true until the import is done.
    const plan = last.take<never>(previewKey(format, fingerprint(text), choices), databaseStamp(tx)) ?? planCsv(tx, kind, text, choices);
    const { preview } = plan;
    if (preview.token === null) {
      const reason = preview.needs[0] ?? preview.problems.find((problem) => problem.row === null)?.message ?? 'nothing in it can be imported';
      // The reason is a sentence of its own ("…day first or month first?"), or a need without a stop.
      throw new ApiError('VALIDATION', `This file cannot be imported yet: ${/[.?]$/.test(reason) ? reason : `${reason}.`} Nothing was imported.`);
    }
    refuseAnotherFile(choices.token, plan.fileDigest);
    if (preview.token !== choices.token) {
      throw new ApiError('CONFLICT', 'The choices or Stint’s data have changed since the preview, so the import would no longer do what it said. Preview it again, then import. Nothing was imported.');
    }
    const bad = preview.rows.bad;
    if (bad > 0 && !choices.skipBadRows) {
      const [first] = preview.problems.filter((problem) => problem.row !== null);
      const where = first ? ` (row ${first.row}${first.column ? `, ${first.column}` : ''}: ${first.message})` : '';
      throw new ApiError('VALIDATION', `${rowsInWords(bad)} of this file cannot be imported${where}. Import the good rows and leave those out, or fix the file and preview it again. Nothing was imported.`);
    }
    kind.add(tx, now, plan.rows.flatMap((row) => (row.action === 'add' && row.input !== null ? [{ input: row.input, values: row.values }] : [])));
    for (const row of plan.rows) {
      if (row.action === 'merge' && row.match !== null && row.match.id !== null) kind.merge(tx, now, row.match.id, row.values);
    }
    return { format, added: preview.rows.toAdd, merged: preview.rows.toMerge, skipped: preview.rows.toSkip, leftOut: bad };
  });
}
