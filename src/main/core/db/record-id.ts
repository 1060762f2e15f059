import { randomFillSync } from 'node:crypto';
import { v5, v7 } from 'uuid';

/**
 * Random bytes for uids, drawn from the system in blocks: uuid asks for 16 bytes per uid, a system call each, which
 * was a tenth of a 10,000-bid import.
 */
const RANDOM_BLOCK = new Uint8Array(16 * 1024);
let randomUsed = RANDOM_BLOCK.length;

function sixteenRandomBytes(): Uint8Array {
  if (randomUsed === RANDOM_BLOCK.length) {
    randomFillSync(RANDOM_BLOCK);
    randomUsed = 0;
  }
  randomUsed += 16;
  return RANDOM_BLOCK.subarray(randomUsed - 16, randomUsed);
}

/**
 * A record's stable id across machines: a UUIDv7, which sorts by the time it was made. The integer `id` stays the
 * local handle that links and the UI use; `uid` is what an export, an import and a future sync match records by.
 */
export function newRecordUid(madeAt?: number): string {
  return madeAt === undefined ? v7() : v7({ msecs: madeAt, random: sixteenRandomBytes() });
}

/** The namespace of the built-in rejection reasons' uids: fixed, so that every Stint derives the same ones. */
const BUILT_IN_REASON_NAMESPACE = '8164b2f3-605c-4256-a56c-31ec63014007';

/**
 * A built-in rejection reason's uid: a UUIDv5 of its code, the same on every machine, so that two machines' copies of
 * it are one record by uid (migration 0023 gives them to existing databases, and to new ones after the seed).
 */
export function builtInReasonUid(code: string): string {
  return v5(code, BUILT_IN_REASON_NAMESPACE);
}
