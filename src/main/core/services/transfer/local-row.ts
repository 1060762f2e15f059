import { RECORD_KIND_SINGULAR } from '../../../../shared/domain';
import { keyInWords } from '../../../../shared/field-labels';
import type { KindSpec, Row, TransferRecord, UidKind } from './kinds';

/** "a bid", "an organisation". */
export function aRecordOf(kind: UidKind): string {
  const singular = RECORD_KIND_SINGULAR[kind];
  return `${/^[aeiou]/.test(singular) ? 'an' : 'a'} ${singular}`;
}

/** What a link that leads nowhere is told. */
export function brokenLink(field: string, to: UidKind, uid: string): string {
  return `${keyInWords(field)} names ${aRecordOf(to)} (uid ${uid}) that is neither in the file nor here`;
}

type LocalIdOf = (to: UidKind, uid: string) => number | string | undefined;

/** A link's local id, or the problem with it when it leads nowhere. */
function linked(record: TransferRecord, field: string, to: UidKind, localIdOf: LocalIdOf, broken: { field: string; message: string }[]): number | string | null {
  const uid = record[field] as string | null;
  const id = uid === null ? null : localIdOf(to, uid);
  if (id === undefined) broken.push({ field, message: brokenLink(field, to, uid as string) });
  return id ?? null;
}

/**
 * The columns a record is matched and checked by, and no others: its links (each a local id, or `new:<uid>` for a
 * record still to be added), the columns that never change, and its keys. Planning reads these for every record of
 * the file; building whole rows for records that are mostly left alone would be most of its work.
 */
export function keyColumns(spec: KindSpec, record: TransferRecord, localIdOf: LocalIdOf): { row: Row; broken: { field: string; message: string }[] } {
  const row: Row = {};
  const broken: { field: string; message: string }[] = [];
  for (const link of spec.links) row[link.column] = linked(record, link.field, link.to, localIdOf, broken);
  if (spec.translated) {
    const local = spec.translated.toLocal(record, localIdOf);
    if ('problem' in local) broken.push({ field: spec.translated.field, message: local.problem });
    else row[spec.translated.field] = local.value;
  }
  for (const column of spec.fixed) if (!(column in row)) row[column] = record[column];
  if (spec.naturalKeys.length > 0) Object.assign(row, spec.derive?.(record));
  for (const key of spec.naturalKeys) for (const column of key.columns) if (!(column in row)) row[column] = record[column];
  return { row, broken };
}

/**
 * The row a record is stored as: its own fields, each link as the local id `localIdOf` gives, and the left-out
 * columns made again. Join rows and columns
 * the database computes are not in it. Links that lead nowhere are listed with the field they are at.
 */
export function localRow(spec: KindSpec, record: TransferRecord, localIdOf: LocalIdOf): { row: Row; broken: { field: string; message: string }[] } {
  const row: Row = {};
  const broken: { field: string; message: string }[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (spec.generated.includes(field) || spec.children.some((child) => child.field === field)) continue;
    const link = spec.links.find((candidate) => candidate.field === field);
    if (link) {
      row[link.column] = linked(record, field, link.to, localIdOf, broken);
    } else if (spec.translated?.field === field) {
      const local = spec.translated.toLocal(record, localIdOf);
      if ('problem' in local) broken.push({ field, message: local.problem });
      else row[field] = local.value;
    } else {
      row[field] = value;
    }
  }
  Object.assign(row, spec.derive?.(record));
  return { row, broken };
}
