/**
 * How each kind of record maps between its table and an export: which columns are links (stored as local ids,
 * exported as uids), which are left out and made again, which never change once made, what else identifies a
 * record besides its uid, and which join tables are nested in it. Export and import both read these descriptions,
 * so the two cannot disagree; kind-specs.ts has one for each kind.
 */
import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { RecordKind } from '../../../../shared/domain';

/** Every kind but settings, which is one row with no uid. */
export type UidKind = Exclude<RecordKind, 'settings'>;

/** A record as it travels: its uid, its last change, and its other fields by name. */
export type TransferRecord = { uid: string; updatedAt: number } & Record<string, unknown>;
/** A row's columns by their drizzle names. */
export type Row = Record<string, unknown>;

/** A link to another record: the row's column holds its local id, the record's field its uid. */
export interface LinkSpec {
  column: string;
  field: string;
  to: UidKind;
}

/**
 * A join table nested in the record it belongs to: a list of links (`uids`), a bid's tags as spelled (`tags`), or
 * a skills MOT's entries (`entries`), which are merged one by one, each carrying its own time.
 */
export type ChildSpec =
  | { shape: 'uids'; field: string; table: SQLiteTable; parentColumn: string; itemColumn: string; to: UidKind }
  | { shape: 'tags'; field: string; table: SQLiteTable; parentColumn: string }
  | { shape: 'entries'; field: string; table: SQLiteTable; parentColumn: string };

/**
 * What identifies a record besides its uid: a record from the file with another uid but the same key is the same
 * record. `unique`: the database holds one record per key (for contacts, a name may be held twice).
 */
export interface NaturalKey {
  columns: readonly string[];
  unique: boolean;
  /** The key in words, for problems: "name", "bid". */
  inWords: string;
}

/** A field whose text names records by local id in the database and by uid in an export (a reminder's trigger). */
export interface TranslatedField {
  field: string;
  /** The records a stored value names, by local id. */
  references(record: Record<string, unknown>): { to: UidKind; id: number }[];
  /** The export's form of a stored value; `ownUid`, the record's own uid, stands in for a record that is gone. */
  toExport(record: Record<string, unknown>, uidOf: (to: UidKind, id: number) => string | undefined, ownUid: string): string | null;
  /** The database's form of a record's value, or what is wrong with it in words. */
  toLocal(record: TransferRecord, localIdOf: (to: UidKind, uid: string) => number | string | undefined): { value: string | null } | { problem: string };
}

export interface KindSpec {
  kind: UidKind;
  table: SQLiteTable;
  /** The column a person knows a record by (its name), for saying which one a problem is about. */
  named?: string;
  links: readonly LinkSpec[];
  /** Columns that never change once the record is made (its parent, its code): a record here that the file says otherwise of is refused. */
  fixed: readonly string[];
  /** Columns left out of the record, each with what makes it again (a test checks every column is exported or named here). */
  leftOut: Readonly<Record<string, string>>;
  /** The left-out columns' values on import, made from the record's own fields. */
  derive?(record: TransferRecord): Row;
  /** Columns the database computes: exported, never written. */
  generated: readonly string[];
  /** Never changed once made (an event): a record already here is left as it is. */
  appendOnly: boolean;
  naturalKeys: readonly NaturalKey[];
  /**
   * Whether a record found by its key keeps its uid here rather than taking the file's (which it does by default, so
   * that the next import finds it by uid): for records whose uid is the same on every Stint, from a file that
   * predates it.
   */
  keepsUidHere?(record: TransferRecord): boolean;
  children: readonly ChildSpec[];
  translated?: TranslatedField;
}

/** A table's columns by drizzle name, for statements over any kind. */
export function tableColumns(table: SQLiteTable): Record<string, SQLiteColumn> {
  return getTableColumns(table) as Record<string, SQLiteColumn>;
}
