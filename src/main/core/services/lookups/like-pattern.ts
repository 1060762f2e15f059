import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** `column` contains `text`, case-insensitively, with `%` and `_` in the text taken literally. */
export function containsText(column: AnyColumn, text: string): SQL {
  const escaped = text.replace(/[\\%_]/g, (char) => `\\${char}`);
  return sql`${column} LIKE ${`%${escaped}%`} ESCAPE '\\'`;
}
