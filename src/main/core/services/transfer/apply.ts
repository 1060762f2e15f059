/**
 * Writes an import's plan, kind after kind, inside the caller's transaction. The database's triggers keep what
 * they always keep (bid_facts, the search index, contacts' last contact) as the rows go in; nothing here writes
 * derived data itself.
 */
import { eq, gt, inArray, max, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/open';
import { outcomeReasons, rejectionReasons, settings } from '../../db/schema';
import { childRows } from './children';
import { tableColumns, type ChildSpec, type Row, type UidKind } from './kinds';
import { localRow } from './local-row';
import type { ImportPlan, KindPlan, PlannedRecord } from './plan';

/** Rows per INSERT: SQLite takes at most 32,766 values a statement, and the widest table has about 30 columns. */
const ROWS_PER_INSERT = 500;

function inChunks<T>(items: readonly T[], write: (chunk: T[]) => void): void {
  for (let start = 0; start < items.length; start += ROWS_PER_INSERT) write(items.slice(start, start + ROWS_PER_INSERT));
}

type LocalIdOf = (to: UidKind, uid: string) => number;

/**
 * A reason whose control (mine or outside) changes is counted on its outcomes' bids by triggers that fire when a
 * link is written: its links are written again, so that bid_facts counts it afresh.
 */
function recountReasonLinks(db: Db, reasonIds: number[]): void {
  if (reasonIds.length === 0) return;
  const links = db.select().from(outcomeReasons).where(inArray(outcomeReasons.reasonId, reasonIds)).all();
  db.delete(outcomeReasons).where(inArray(outcomeReasons.reasonId, reasonIds)).run();
  inChunks(links, (chunk) => db.insert(outcomeReasons).values(chunk).run());
}

/** A record's nested rows: a list of links or tags is replaced whole; a skills MOT's entries are merged one by one. */
function writeChildren(db: Db, child: ChildSpec, planned: PlannedRecord[], own: Map<string, number>, localIdOf: LocalIdOf): void {
  const parentOf = (plan: PlannedRecord) => own.get(plan.record.uid) as number;
  const columns = tableColumns(child.table);
  if (child.shape === 'entries') {
    const rows = planned.flatMap((plan) => childRows(child, plan.entries, parentOf(plan), localIdOf));
    inChunks(rows, (chunk) =>
      db
        .insert(child.table)
        .values(chunk)
        .onConflictDoUpdate({
          target: [columns[child.parentColumn] as SQLiteColumn, columns.skillId as SQLiteColumn],
          set: { level: sql`excluded.level`, note: sql`excluded.note`, reviewedAt: sql`excluded.reviewed_at` },
        })
        .run(),
    );
    return;
  }
  const replaced = planned.filter((plan) => plan.writeFields);
  const parentColumn = columns[child.parentColumn] as SQLiteColumn;
  const stale = replaced.filter((plan) => plan.hereId !== null).map((plan) => plan.hereId as number);
  inChunks(stale, (ids) => db.delete(child.table).where(inArray(parentColumn, ids)).run());
  const rows = replaced.flatMap((plan) => childRows(child, plan.record[child.field] as unknown[], parentOf(plan), localIdOf));
  inChunks(rows, (chunk) => db.insert(child.table).values(chunk).run());
}

function applyKind(db: Db, { spec, planned }: KindPlan, own: Map<string, number>, localIdOf: LocalIdOf): void {
  const { table } = spec;
  const columns = tableColumns(table);
  const id = columns.id as SQLiteColumn;
  const rowOf = (plan: PlannedRecord): Row => localRow(spec, plan.record, localIdOf).row;
  for (const plan of planned) if (plan.hereId !== null) own.set(plan.record.uid, plan.hereId);

  // Found by key, a record takes the file's uid, so that the next import finds it by uid. The file's version
  // replaces the fields of one it is later than; a key that moves (a renamed skill) first gives way, so that two
  // records trading names never meet on the way.
  const keepsUid = (plan: PlannedRecord) => spec.keepsUidHere?.(plan.record) === true;
  const updates = planned.filter((plan) => plan.hereId !== null && (plan.writeFields || (plan.byKey && !keepsUid(plan))));
  const movable = spec.naturalKeys.filter((key) => key.unique).flatMap((key) => key.columns.filter((column) => !spec.fixed.includes(column)));
  const controlBefore =
    spec.kind === 'rejectionReasons'
      ? new Map(db.select({ id: rejectionReasons.id, control: rejectionReasons.control }).from(rejectionReasons).all().map((row) => [row.id, row.control]))
      : null;
  for (const plan of updates) {
    if (plan.writeFields && movable.length > 0) {
      db.update(table)
        .set(Object.fromEntries(movable.map((column) => [column, `\u0000${plan.record.uid}`])))
        .where(eq(id, plan.hereId))
        .run();
    }
  }
  for (const plan of updates) {
    const { uid, ...fields } = plan.writeFields ? rowOf(plan) : { uid: plan.record.uid };
    db.update(table)
      .set(keepsUid(plan) ? fields : { uid, ...fields })
      .where(eq(id, plan.hereId))
      .run();
  }
  if (controlBefore) {
    const changed = updates.filter((plan) => plan.writeFields && controlBefore.get(plan.hereId as number) !== plan.record.control);
    recountReasonLinks(db, changed.map((plan) => plan.hereId as number));
  }

  const additions = planned.filter((plan) => plan.hereId === null);
  if (additions.length > 0) {
    // Ids only grow (AUTOINCREMENT), so every row above the largest id now is one added here.
    const before = db.select({ last: max(id) }).from(table).get()?.last ?? 0;
    inChunks(additions, (chunk) => db.insert(table).values(chunk.map(rowOf)).run());
    const added = db
      .select({ id, uid: columns.uid as SQLiteColumn })
      .from(table)
      .where(gt(id, before))
      .all() as { id: number; uid: string }[];
    for (const row of added) own.set(row.uid, row.id);
  }

  for (const child of spec.children) writeChildren(db, child, planned, own, localIdOf);
}

export function applyPlan(db: Db, plan: ImportPlan): void {
  // Each kind's file uids as local ids, filled as the kinds are written; records only here are found by their uid.
  const ids = new Map<UidKind, Map<string, number>>();
  const hereIds = new Map(plan.kinds.map((kind) => [kind.spec.kind, kind.hereIds]));
  const localIdOf: LocalIdOf = (to, uid) => {
    const found = ids.get(to)?.get(uid) ?? hereIds.get(to)?.get(uid);
    // The plan checked every link; reaching here means the plan and the database disagree.
    if (found === undefined) throw new Error(`The import lost track of a ${to} record (${uid})`);
    return found;
  };
  for (const kind of plan.kinds) {
    const own = new Map<string, number>();
    ids.set(kind.spec.kind, own);
    applyKind(db, kind, own, localIdOf);
  }
  const { record, action } = plan.settings;
  if (record && action !== 'keep') {
    db.insert(settings)
      .values({ id: 1, ...record })
      .onConflictDoUpdate({ target: settings.id, set: record })
      .run();
  }
}
