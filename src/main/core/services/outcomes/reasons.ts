/** Rejection reasons: the built-in taxonomy, and the user's own, which they add, rename, retire and restore. */
import { asc, eq, sql } from 'drizzle-orm';
import type { BuiltInReasonCode } from '../../../../shared/domain';
import type { ApiParsedInput } from '../../../../shared/contract';
import { ApiError } from '../../../../shared/errors';
import { matchKey } from '../../../../shared/match-key';
import type { ReasonList, RejectionReason } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/transactions';
import { rejectionReasons } from '../../db/schema';
import { notFound } from '../errors';

type ReasonRow = typeof rejectionReasons.$inferSelect;

export function toReason(row: ReasonRow): RejectionReason {
  return {
    id: row.id,
    code: row.code as BuiltInReasonCode | null,
    label: row.label,
    control: row.control,
    pointsAtGap: row.pointsAtGap,
    retired: row.retiredAt !== null,
  };
}

/** Built-ins first, in the taxonomy's order (they were seeded in it), then the user's own alphabetically. */
export const reasonOrder = [
  sql`${rejectionReasons.code} IS NULL`,
  sql`CASE WHEN ${rejectionReasons.code} IS NULL THEN ${rejectionReasons.labelKey} END`,
  asc(rejectionReasons.id),
];

export function listRejectionReasons(db: Db): ReasonList {
  const list: ReasonList = { mine: [], outside: [] };
  for (const row of db.select().from(rejectionReasons).orderBy(...reasonOrder).all()) list[row.control].push(toReason(row));
  return list;
}

/** A refusal about the name typed, shown beside the field as well as in the message. */
function labelConflict(message: string): ApiError {
  return new ApiError('CONFLICT', message, { label: message });
}

function sameNameRefusal(existing: ReasonRow): ApiError {
  return existing.code
    ? labelConflict(`“${existing.label}” is already a built-in reason: tick it instead.`)
    : labelConflict(`You already have a reason called “${existing.label}”.`);
}

/** Adds a reason of the user's own; one typed again that the user had retired comes back instead of a duplicate. */
export function addRejectionReason(db: Db, now: number, input: ApiParsedInput<'addRejectionReason'>): RejectionReason {
  return writeTransaction(db, (tx) => {
    const labelKey = matchKey(input.label);
    const existing = tx.select().from(rejectionReasons).where(eq(rejectionReasons.labelKey, labelKey)).get();
    if (existing && !(existing.code === null && existing.retiredAt !== null)) throw sameNameRefusal(existing);
    if (existing) {
      return toReason(tx.update(rejectionReasons).set({ retiredAt: null, updatedAt: now }).where(eq(rejectionReasons.id, existing.id)).returning().get());
    }
    const row = tx
      .insert(rejectionReasons)
      .values({ label: input.label, labelKey, control: input.control, pointsAtGap: input.pointsAtGap, createdAt: now, updatedAt: now })
      .returning()
      .get();
    return toReason(row);
  });
}

/** The user's own reason `id`; built-in reasons are refused, saying why, in the words of `refusal`. */
function ownReason(db: Db, id: number, refusal: string): ReasonRow {
  const row = db.select().from(rejectionReasons).where(eq(rejectionReasons.id, id)).get();
  if (!row) throw notFound('reason');
  if (row.code !== null) throw new ApiError('CONFLICT', `“${row.label}” is a built-in reason: ${refusal}`);
  return row;
}

export function renameRejectionReason(db: Db, now: number, input: ApiParsedInput<'renameRejectionReason'>): RejectionReason {
  return writeTransaction(db, (tx) => {
    const reason = ownReason(tx, input.reasonId, 'built-in reasons keep their names so that charts compare like with like. Add a reason of your own instead.');
    const labelKey = matchKey(input.label);
    const existing = tx.select().from(rejectionReasons).where(eq(rejectionReasons.labelKey, labelKey)).get();
    if (existing && existing.id !== reason.id) throw sameNameRefusal(existing);
    return toReason(tx.update(rejectionReasons).set({ label: input.label, labelKey, updatedAt: now }).where(eq(rejectionReasons.id, reason.id)).returning().get());
  });
}

/** Retired reasons are no longer offered, but stay on the outcomes that cite them, and in the charts. */
export function setRejectionReasonRetired(db: Db, now: number, input: ApiParsedInput<'setRejectionReasonRetired'>): RejectionReason {
  return writeTransaction(db, (tx) => {
    const reason = ownReason(tx, input.reasonId, 'built-in reasons cannot be retired. Leave it unticked when it does not apply.');
    const retiredAt = input.retired ? (reason.retiredAt ?? now) : null;
    return toReason(tx.update(rejectionReasons).set({ retiredAt, updatedAt: now }).where(eq(rejectionReasons.id, reason.id)).returning().get());
  });
}
