/**
 * The SQL that writes one kind's records as JSON text, a row per record, built from the kind's spec: SQLite writes
 * the JSON (links looked up as uids, join rows gathered into lists), which is several times quicker than building
 * and serialising the same objects in JavaScript.
 */
import { getTableName, sql, type SQL } from 'drizzle-orm';
import { tableColumns, type ChildSpec, type KindSpec, type UidKind } from './kinds';
import { specOf } from './kind-specs';

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** A record's key in SQL: the field names are the schema's own, never the user's. */
const key = (name: string) => `'${name}'`;

function columnName(table: ChildSpec['table'], key: string): string {
  const column = tableColumns(table)[key];
  if (!column) throw new Error(`No column ${key} in ${getTableName(table)}`);
  return column.name;
}

function uidOfRecord(to: UidKind, idSql: string): string {
  return `(SELECT x.uid FROM ${quoted(getTableName(specOf(to).table))} x WHERE x.id = ${idSql})`;
}

/** A join table's rows for the parent `p`, as a JSON list in the order they were written (rowid). */
function childSql(child: ChildSpec): string {
  const table = quoted(getTableName(child.table));
  const parent = `c.${quoted(columnName(child.table, child.parentColumn))} = p.id`;
  let item: string;
  if (child.shape === 'tags') item = `c.${quoted(columnName(child.table, 'tag'))}`;
  else if (child.shape === 'uids') item = uidOfRecord(child.to, `c.${quoted(columnName(child.table, child.itemColumn))}`);
  else {
    const entry = ['level', 'note', 'reviewedAt'].map((field) => `${key(field)}, c.${quoted(columnName(child.table, field))}`);
    item = `json_object('skillUid', ${uidOfRecord('skills', `c.${quoted(columnName(child.table, 'skillId'))}`)}, ${entry.join(', ')})`;
  }
  // A subquery's JSON comes back as text: json() makes it a list again inside the record.
  return `json((SELECT json_group_array(${item} ORDER BY c.rowid) FROM ${table} c WHERE ${parent}))`;
}

export function recordsSql(spec: KindSpec): SQL {
  const pairs: string[] = [];
  for (const [name, column] of Object.entries(tableColumns(spec.table))) {
    if (name in spec.leftOut) continue;
    const value = `p.${quoted(column.name)}`;
    const link = spec.links.find((candidate) => candidate.column === name);
    if (link) pairs.push(`${key(link.field)}, ${uidOfRecord(link.to, value)}`);
    else if (column.dataType === 'json') pairs.push(`${key(name)}, json(${value})`);
    else if (column.dataType === 'boolean') pairs.push(`${key(name)}, json(iif(${value}, 'true', 'false'))`);
    else pairs.push(`${key(name)}, ${value}`);
  }
  for (const child of spec.children) pairs.push(`${key(child.field)}, ${childSql(child)}`);
  return sql.raw(`SELECT json_object(${pairs.join(', ')}) AS record FROM ${quoted(getTableName(spec.table))} p ORDER BY p.id`);
}
