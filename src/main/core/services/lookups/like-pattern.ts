import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** The LIKE pattern (with `ESCAPE '\\'`) for "contains `text`", with `%` and `_` in the text taken literally. */
export function containingPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** `column` contains `text`, case-insensitively, with `%` and `_` in the text taken literally. */
export function containsText(column: AnyColumn, text: string): SQL {
  return sql`${column} LIKE ${containingPattern(text)} ESCAPE '\\'`;
}
