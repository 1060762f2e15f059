/**
 * Reading an import's text: is it JSON, is it a Stint export, of a version this Stint reads, and is each record
 * one that can be stored? Every problem is said in words with where it is; records are checked one by one so
 * that one bad record does not hide the others.
 */
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, RECORD_KIND_LABELS, RECORD_KINDS, type RecordKind } from '../../../../shared/domain';
import { pathInWords } from '../../../../shared/field-labels';
import { RECORD_SCHEMAS, type RecordOf } from '../../../../shared/schemas';
import { issueMessagesNaming } from '../../../../shared/validation-messages';
import type { TransferRecord, UidKind } from './kinds';
import type { Problems } from './problems';

/** A file's records, each checked against its kind's schema. */
export interface IncomingDocument {
  exportedAt: number | null;
  schema: string | null;
  records: Record<UidKind, TransferRecord[]>;
  settings: RecordOf<'settings'>[];
}

const recordMessages = issueMessagesNaming(pathInWords, 'This record');
const ENVELOPE_KEYS = ['format', 'version', 'exportedAt', 'schema', 'records'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'string' ? `the text ${JSON.stringify(value.slice(0, 40))}` : `a ${typeof value}`;
}

/** The format and version: anything else is read only once these say the file is an export this Stint reads. */
function checkEnvelope(parsed: unknown, problems: Problems): parsed is Record<string, unknown> {
  if (!isObject(parsed) || !('format' in parsed)) {
    problems.add({}, `This file is JSON but not a Stint export: it ${isObject(parsed) ? 'has no' : `holds ${describe(parsed)} rather than an object with`} "format": "${EXPORT_FORMAT}".`);
    return false;
  }
  if (parsed.format !== EXPORT_FORMAT) {
    problems.add({}, `This file is JSON but not a Stint export: its "format" is ${JSON.stringify(parsed.format)}, not "${EXPORT_FORMAT}".`);
    return false;
  }
  const version = parsed.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    problems.add({}, `This Stint export has no version Stint can read: "version" is ${version === undefined ? 'missing' : describe(version)}, where a whole number belongs.`);
    return false;
  }
  if (version > EXPORT_FORMAT_VERSION) {
    problems.add({}, `This file was exported by a newer Stint (format version ${version}); this Stint reads version ${EXPORT_FORMAT_VERSION}. Update Stint to import it.`);
    return false;
  }
  if (version !== EXPORT_FORMAT_VERSION) {
    problems.add({}, `Format version ${version} is not one Stint has ever written; this Stint reads version ${EXPORT_FORMAT_VERSION}.`);
    return false;
  }
  return true;
}

function checkHeader(document: Record<string, unknown>, problems: Problems): void {
  for (const key of Object.keys(document)) {
    if (!ENVELOPE_KEYS.includes(key)) problems.add({}, `"${key}" is not a field of a Stint export.`);
  }
  if (!Number.isInteger(document.exportedAt)) problems.add({}, `"exportedAt" must be the time of the export, a whole number of milliseconds; it is ${describe(document.exportedAt)}.`);
  if (typeof document.schema !== 'string') problems.add({}, `"schema" must name the database version the export was written from; it is ${describe(document.schema)}.`);
}

/** One kind's list, each record checked; a uid given twice is refused at the second. */
function readKind(kind: RecordKind, list: unknown, problems: Problems): unknown[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.add({ kind }, `${RECORD_KIND_LABELS[kind]} must be a list of records; it is ${describe(list)}.`);
    return [];
  }
  if (kind === 'settings' && list.length > 1) problems.add({ kind }, `Settings has one record at most; this file has ${list.length}.`);
  const schema = RECORD_SCHEMAS[kind];
  const seen = new Map<string, number>();
  const records: unknown[] = [];
  list.forEach((value, index) => {
    const uid = isObject(value) && typeof value.uid === 'string' ? value.uid : null;
    const parsed = schema.safeParse(value, { error: recordMessages });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.add({ kind, index, uid, field: issue.path.map(String).join('.') || null }, issue.message);
      return;
    }
    if (uid !== null) {
      const first = seen.get(uid);
      if (first !== undefined) problems.add({ kind, index, uid, field: 'uid' }, `Uid is record ${first + 1}'s too: each record has its own.`);
      else seen.set(uid, index);
    }
    records.push(parsed.data);
  });
  return records;
}

/** The file's records, or null when it cannot be imported at all (its problems say why). */
export function readDocument(text: string, problems: Problems): IncomingDocument | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    problems.add({}, `This file is not JSON, so it is not a Stint export (${(error as Error).message}).`);
    return null;
  }
  if (!checkEnvelope(parsed, problems)) return null;
  checkHeader(parsed, problems);
  const lists = parsed.records;
  if (!isObject(lists)) {
    problems.add({}, `"records" must hold the lists of records; it is ${lists === undefined ? 'missing' : describe(lists)}.`);
    return null;
  }
  for (const key of Object.keys(lists)) {
    if (!(RECORD_KINDS as readonly string[]).includes(key)) problems.add({}, `The file has records of a kind this Stint does not know: "${key}".`);
  }
  const read = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, readKind(kind, lists[kind], problems)]));
  const { settings, ...records } = read;
  return {
    exportedAt: Number.isInteger(parsed.exportedAt) ? (parsed.exportedAt as number) : null,
    schema: typeof parsed.schema === 'string' ? parsed.schema : null,
    records: records as Record<UidKind, TransferRecord[]>,
    settings: settings as RecordOf<'settings'>[],
  };
}
