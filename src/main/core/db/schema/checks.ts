import { sql } from 'drizzle-orm';

/** A CHECK that `column` holds one of `values`: the fixed lists are enforced by the database too. */
export function inList(column: string, values: readonly (string | number)[]) {
  return sql.raw(`${column} IN (${values.map((value) => (typeof value === 'number' ? String(value) : `'${value}'`)).join(', ')})`);
}
