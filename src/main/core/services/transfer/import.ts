/**
 * Importing a Stint export: a preview says what the file would add, update and leave alone, or what stops it; the
 * commit applies exactly that plan in one IMMEDIATE transaction, or nothing. The preview's token fingerprints the
 * file and every decision, so a file or a database that changed since the preview is refused in words.
 */
import { ApiError } from '../../../../shared/errors';
import type { ImportCounts, JsonImportPreview, JsonImportResult } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { readTransaction, writeTransaction } from '../../db/transactions';
import { applyPlan } from './apply';
import { countsOf, planDigest, planImport, type ImportPlan } from './plan';
import { fingerprint, previewToken, refuseAnotherFile } from './preview-token';
import { Problems } from './problems';
import { readDocument, type IncomingDocument } from './read-document';

interface Reading {
  document: IncomingDocument | null;
  plan: ImportPlan | null;
  problems: Problems;
  fileDigest: string;
}

/** The file read and planned against the database as it is now; no plan while the file itself has problems. */
function readAndPlan(db: Db, text: string): Reading {
  const problems = new Problems();
  const fileDigest = fingerprint(text);
  const document = readDocument(text, problems);
  // A record that is not valid is not planned, and a link to it would only add noise: fix the file first.
  const plan = document && problems.count === 0 ? planImport(db, document, problems) : null;
  return { document, plan, problems, fileDigest };
}

function totalsOf(kinds: ImportCounts[]) {
  const sum = (pick: (counts: ImportCounts) => number) => kinds.reduce((total, counts) => total + pick(counts), 0);
  return { added: sum((counts) => counts.added), updated: sum((counts) => counts.updated), unchanged: sum((counts) => counts.unchanged) };
}

function tokenOf(reading: Reading): string | null {
  return reading.plan && reading.problems.count === 0 ? previewToken(reading.fileDigest, planDigest(reading.plan)) : null;
}

export function previewJsonImport(db: Db, text: string): JsonImportPreview {
  return readTransaction(db, (tx) => {
    const reading = readAndPlan(tx, text);
    const kinds = reading.plan ? countsOf(reading.plan) : [];
    return {
      format: 'stint-json',
      token: tokenOf(reading),
      exportedAt: reading.document?.exportedAt ?? null,
      schema: reading.document?.schema ?? null,
      kinds,
      totals: totalsOf(kinds),
      problems: reading.problems.listed,
      problemCount: reading.problems.count,
    };
  });
}

/**
 * Applies the file as the preview with `token` said, all or nothing. A file with problems, another file, or data
 * that changed since so that the import would now do something else, is refused and nothing is written.
 */
export function commitJsonImport(db: Db, text: string, token: string): JsonImportResult {
  return writeTransaction(db, (tx) => {
    const reading = readAndPlan(tx, text);
    if (!reading.plan || reading.problems.count > 0) {
      throw new ApiError('VALIDATION', `This file cannot be imported: ${reading.problems.summary()}. Nothing was imported.`);
    }
    refuseAnotherFile(token, reading.fileDigest);
    if (tokenOf(reading) !== token) {
      throw new ApiError('CONFLICT', 'Stint’s data has changed since the preview, so the import would no longer do what it said. Preview it again, then import. Nothing was imported.');
    }
    applyPlan(tx, reading.plan);
    const kinds = countsOf(reading.plan);
    return { format: 'stint-json', kinds, totals: totalsOf(kinds) };
  });
}
