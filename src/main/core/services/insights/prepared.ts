import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open';

export interface PreparedRows<Row> {
  all(params: Record<string, unknown>): Row[];
}

/**
 * Prepares a hand-written SELECT once, to run with named placeholders (`sql.placeholder`). `columns` are its
 * result columns' names, in order; rows come back keyed by them, as SQLite gave them (numbers, text, null).
 * The charts' statements use CTEs, window functions and correlated subqueries that read better as SQL than
 * as builder calls.
 */
export function prepareRows<Row extends Record<string, unknown>>(db: Db, columns: readonly (keyof Row & string)[], query: SQL): PreparedRows<Row> {
  const fields = Object.fromEntries(columns.map((column) => [column, sql.raw(`"${column}"`)]));
  const statement = db.select(fields).from(sql`(${query})`).prepare();
  return { all: (params) => statement.all(params) as unknown as Row[] };
}
