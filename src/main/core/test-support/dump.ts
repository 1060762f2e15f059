import Database from 'better-sqlite3';

/** Everything a database holds, schema and rows, read without changing it: two equal dumps are the same data. */
export function databaseDump(file: string): { schema: unknown[]; rows: Record<string, unknown[]> } {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const schema = sqlite.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all();
    const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`).pluck().all() as string[];
    // Sorted here rather than by rowid: some tables have none (WITHOUT ROWID).
    const rows = Object.fromEntries(tables.map((table) => [table, sqlite.prepare(`SELECT * FROM "${table}"`).raw().all().map((row) => JSON.stringify(row)).sort()]));
    return { schema, rows };
  } finally {
    sqlite.close();
  }
}
