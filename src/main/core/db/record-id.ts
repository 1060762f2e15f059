import { v7 } from 'uuid';

/**
 * A record's stable id across machines: a UUIDv7, which sorts by the time it was made. The integer `id` stays the
 * local handle that links and the UI use; `uid` is what an export, an import and a future sync match records by.
 */
export function newRecordUid(madeAt?: number): string {
  return madeAt === undefined ? v7() : v7({ msecs: madeAt });
}
