import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { inScope, type Scope } from './scope';

export interface PreparedRows<Row> {
  all(params: Record<string, unknown>): Row[];
}

export interface ScopedRows<Row> {
  /** Runs the statement for `scope`'s filters, with their values and any of the statement's own. */
  all(scope: Scope, params?: Record<string, unknown>): Row[];
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

/**
 * A SELECT over the bids in scope: `query` places the filters' conditions it is given (see `inScope`). It is
 * prepared once for each combination of filters it meets, at first use.
 */
export function prepareScopedRows<Row extends Record<string, unknown>>(
  db: Db,
  columns: readonly (keyof Row & string)[],
  query: (inScope: SQL) => SQL,
): ScopedRows<Row> {
  const byShape = new Map<string, PreparedRows<Row>>();
  return {
    all(scope, params = {}) {
      let statement = byShape.get(scope.shape);
      if (!statement) byShape.set(scope.shape, (statement = prepareRows<Row>(db, columns, query(inScope(scope.shape)))));
      return statement.all({ ...scope.params, ...params });
    },
  };
}
