import type Database from 'better-sqlite3';
import { matchKey } from '../../../shared/match-key';

/**
 * Registers the app's own SQL functions on a connection; they must be there before migrations run. Only
 * migrations call them (no index, view or trigger does), so the file still opens in any SQLite tool.
 * `stint_match_key(text)` is `matchKey`, for keys of rows stored before the key existed.
 */
export function registerSqlFunctions(sqlite: Database.Database): void {
  sqlite.function('stint_match_key', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? matchKey(text) : null));
}
