import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './open';

/**
 * An INSERT of one row into `table`, prepared once and run per row, for bulk writes. Each value is encoded by its
 * column's own `mapToDriverValue` and bound as it is: drizzle's prepared insert wraps every placeholder in a
 * parameter and tells the two apart on every run by walking prototypes, which was a seventh of writing 10,000 bids.
 * Every column that has a default made per row (a uid) must be in `columns`: drizzle would make it once, at prepare.
 */
export function preparedInsert<Table extends SQLiteTable, Column extends keyof Table['$inferInsert'] & string>(
  tx: Db,
  table: Table,
  columns: readonly Column[],
): (row: Pick<Table['$inferInsert'], Column>) => { lastInsertRowid: number | bigint } {
  const tableColumns = getTableColumns(table);
  const encoders = columns.map((column) => {
    const encoder = tableColumns[column];
    if (!encoder) throw new Error(`No column ${column} in the table`);
    return encoder;
  });
  const values = Object.fromEntries(columns.map((column) => [column, sql`${sql.placeholder(column)}`])) as Record<Column, SQL>;
  const statement = tx.insert(table).values(values as never).prepare();
  const bound: Record<string, unknown> = {};
  return (row) => {
    columns.forEach((column, index) => {
      const value = row[column];
      // Drizzle would put a column's default in for undefined; here every listed column must be given.
      if (value === undefined) throw new Error(`No value for ${column}`);
      // Null as NULL, never through the encoder, as drizzle binds it: a JSON column's would write the text 'null'.
      bound[column] = value === null ? null : (encoders[index] as (typeof encoders)[number]).mapToDriverValue(value);
    });
    return statement.run(bound) as { lastInsertRowid: number | bigint };
  };
}
