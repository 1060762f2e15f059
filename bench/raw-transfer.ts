/**
 * The export and the no-op import written by hand against better-sqlite3, doing the least the same work needs: the
 * floor `export_json` and `import_json_merge` are compared against.
 *
 * - `rawExport`: every row of every table an export covers, as JSON text, a line each (no links turned into uids,
 *   no join rows nested, none of the format's checks).
 * - `rawMerge`: the file parsed, and each record's `updatedAt` compared with the stored one of the same uid (no
 *   checks of fields or links, no keys of their own, no preview token).
 */
import type Database from 'better-sqlite3';
import { getTableName } from 'drizzle-orm';
import { KIND_SPECS } from '../src/main/core/services/transfer/kind-specs';

const TABLES = [...new Set(KIND_SPECS.flatMap((spec) => [spec.table, ...spec.children.map((child) => child.table)]))].map((table) => getTableName(table));

export function rawExport(sqlite: Database.Database): string {
  return TABLES.map((table) => {
    const rows = sqlite.prepare(`SELECT * FROM "${table}"`).all();
    return `"${table}": [\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]`;
  }).join(',\n');
}

/**
 * The floor of `export_csv_bids`: every bid with the names of its client, agency, recruiter and hiring manager and
 * its tags, read as plain rows and joined with commas (no labels, dates, quoting or formula checks).
 */
export function rawBidsCsv(sqlite: Database.Database): string {
  const rows = sqlite
    .prepare(
      `SELECT o.*, c.name, a.name, r.name, h.name, (SELECT group_concat(t.tag, ', ') FROM opportunity_tags t WHERE t.opportunity_id = o.id)
      FROM opportunities o LEFT JOIN organisations c ON c.id = o.client_id LEFT JOIN organisations a ON a.id = o.agency_id
        LEFT JOIN contacts r ON r.id = o.recruiter_id LEFT JOIN contacts h ON h.id = o.hiring_manager_id ORDER BY o.id`,
    )
    .raw()
    .all() as unknown[][];
  return rows.map((row) => row.join(',')).join('\r\n');
}

/** How many of the file's records are as new here as in the file. */
export function rawMerge(sqlite: Database.Database, text: string): number {
  const document = JSON.parse(text) as { records: Record<string, { uid: string; updatedAt: number }[]> };
  let unchanged = 0;
  for (const spec of KIND_SPECS) {
    const stored = sqlite.prepare(`SELECT uid, updated_at FROM "${getTableName(spec.table)}"`).raw().all() as [string, number][];
    const updatedAt = new Map(stored);
    for (const record of document.records[spec.kind] ?? []) {
      const here = updatedAt.get(record.uid);
      if (here !== undefined && here >= record.updatedAt) unchanged += 1;
    }
  }
  return unchanged;
}
