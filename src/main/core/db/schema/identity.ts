import { text } from 'drizzle-orm/sqlite-core';
import { newRecordUid } from '../record-id';

/**
 * The `uid` column every record table has (see `newRecordUid`), filled by drizzle on insert. It is nullable in SQL
 * only because SQLite cannot add a NOT NULL column without a constant default (a shared default would break the
 * unique index); triggers (migration 0022) refuse a row without one, so every stored row has its own.
 */
export function recordUid() {
  return text('uid')
    .$type<string>()
    .$defaultFn(() => newRecordUid());
}
