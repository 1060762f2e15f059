import type Database from 'better-sqlite3';
import { matchKey } from '../../../shared/match-key';
import { newRecordUid } from './record-id';

/**
 * Registers the app's own SQL functions on a connection; they must be there before migrations run. No index, view
 * or trigger calls them, so the file still opens in any SQLite tool; migrations and a few of the app's own
 * statements do. `stint_match_key(text)` is `matchKey`, for keys of rows stored before the key existed;
 * `stint_record_uid(ms)` is `newRecordUid`: ids made at a given time, for rows stored before records had one and
 * for rows a rule inserts from a SELECT.
 */
export function registerSqlFunctions(sqlite: Database.Database): void {
  sqlite.function('stint_match_key', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? matchKey(text) : null));
  sqlite.function('stint_record_uid', (madeAt: unknown) => newRecordUid(typeof madeAt === 'number' ? madeAt : undefined));
}
