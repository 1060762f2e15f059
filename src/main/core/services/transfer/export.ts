/** The export: every record, as one JSON document (docs/export-format.md). */
import { getTableName, sql } from 'drizzle-orm';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, RECORD_KINDS, type RecordKind } from '../../../../shared/domain';
import type { Db } from '../../db/open';
import { LATEST_MIGRATION_TAG } from '../../db/schema-tag';
import { settings } from '../../db/schema';
import { readTransaction } from '../../db/transactions';
import { localDateAt } from '../contracts/calendar-days';
import { BETWEEN_RECORDS, documentText } from './document-text';
import { recordsSql } from './export-sql';
import { KIND_SPECS, specOf } from './kind-specs';
import type { KindSpec, Row, TransferRecord, UidKind } from './kinds';

/** The uids of the records with these ids. */
function uidsOf(db: Db, kind: UidKind, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const table = sql.identifier(getTableName(specOf(kind).table));
  const rows = db.all<{ id: number; uid: string }>(sql`SELECT id, uid FROM ${table} WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
  return new Map(rows.map((row) => [row.id, row.uid]));
}

/** A field the database holds in its own terms (a reminder's trigger), put in the export's. */
function translate(db: Db, spec: KindSpec, lines: string[]): string[] {
  const translated = spec.translated;
  if (!translated) return lines;
  const records = lines.map((line) => JSON.parse(line) as TransferRecord);
  const wanted = new Map<UidKind, Set<number>>();
  for (const record of records) {
    for (const { to, id } of translated.references(record)) wanted.set(to, (wanted.get(to) ?? new Set()).add(id));
  }
  const found = new Map([...wanted].map(([kind, ids]) => [kind, uidsOf(db, kind, [...ids])]));
  const uidOf = (to: UidKind, id: number) => found.get(to)?.get(id);
  return records.map((record) => JSON.stringify({ ...record, [translated.field]: translated.toExport(record, uidOf, record.uid) }));
}

/**
 * Each kind's records as JSON text, in the order they were made here, joined into one text by SQLite: turning
 * 100,000 strings into one in JavaScript takes longer than writing them. A kind with a translated field (reminders)
 * is read a record at a time, to put that field in the export's terms.
 */
export function exportRecords(db: Db): Record<RecordKind, string> {
  return readTransaction(db, (tx) => {
    const texts = new Map<RecordKind, string>();
    for (const spec of KIND_SPECS) {
      const records = recordsSql(spec);
      if (spec.translated) {
        const rows = tx.all<{ record: string }>(records).map((row) => row.record);
        texts.set(spec.kind, translate(tx, spec, rows).join(BETWEEN_RECORDS));
      } else {
        // In the subquery's order: SQLite never folds an ordered subquery into an aggregate, and reads it in order
        // (the round-trip test compares whole exports). An ORDER BY inside group_concat would sort 14 MB again.
        const joined = tx.get<{ text: string | null }>(sql`SELECT group_concat(record, ${BETWEEN_RECORDS}) AS text FROM (${records})`);
        texts.set(spec.kind, joined?.text ?? '');
      }
    }
    // The settings row without its fixed id; none until the user first saves Settings.
    const settingsRows = tx.select().from(settings).all().map(({ id: _id, ...values }: Row) => JSON.stringify(values));
    texts.set('settings', settingsRows.join(BETWEEN_RECORDS));
    return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, texts.get(kind) ?? ''])) as Record<RecordKind, string>;
  });
}

/** The export as text. */
export function exportJson(db: Db, now: number): string {
  return documentText({ format: EXPORT_FORMAT, version: EXPORT_FORMAT_VERSION, exportedAt: now, schema: LATEST_MIGRATION_TAG }, exportRecords(db));
}

/** A name to save an export under, with the local date: `stint-export-2026-03-02.json`, `stint-bids-2026-03-02.csv`. */
export function exportFileName(now: number, what = 'export', extension = 'json'): string {
  return `stint-${what}-${localDateAt(now)}.${extension}`;
}
