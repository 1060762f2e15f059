/**
 * What an import will do, decided from the file and the database as they are: for each record of the file, the
 * record here it is (by uid, else by a key of its own such as an organisation's name), and whether it is added,
 * updated (the file's `updatedAt` is later) or left alone. Kinds are planned in the order of RECORD_KINDS, so
 * every link leads to a kind already planned. Nothing is written here.
 */
import { createHash } from 'node:crypto';
import { eq, getTableName, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { RECORD_KIND_LABELS, RECORD_KIND_SINGULAR } from '../../../../shared/domain';
import { keyInWords } from '../../../../shared/field-labels';
import type { ImportCounts, RecordOf } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { settings, skillReviewEntries } from '../../db/schema';
import { childLinks, type ReviewEntry } from './children';
import { KIND_SPECS } from './kind-specs';
import { tableColumns, type KindSpec, type NaturalKey, type Row, type TransferRecord, type UidKind } from './kinds';
import { brokenLink, keyColumns } from './local-row';
import type { Problems } from './problems';
import type { IncomingDocument } from './read-document';

export type Action = 'add' | 'update' | 'keep';

export interface PlannedRecord {
  index: number;
  record: TransferRecord;
  action: Action;
  /** The record here it is, found by uid or (`byKey`) by a key of its own; null when it is new. */
  hereId: number | null;
  byKey: boolean;
  /** The file's fields, and its join rows, replace those here: it is new, or the file's version is later. */
  writeFields: boolean;
  /** A skills MOT's entries that are new here, or later than here's. */
  entries: ReviewEntry[];
}

export interface KindPlan {
  spec: KindSpec;
  planned: PlannedRecord[];
  /** The local ids of the records here, by uid, as they were when planned. */
  hereIds: Map<string, number>;
}

export interface SettingsPlan {
  record: RecordOf<'settings'> | null;
  action: Action;
}

export interface ImportPlan {
  kinds: KindPlan[];
  settings: SettingsPlan;
}

interface HereRecord {
  id: number;
  uid: string;
  updatedAt: number;
  /** The columns a record is matched and checked by. */
  row: Row;
}

/** A natural key's value: its columns joined, or null when one is empty (SQL lets any number of rows share that). */
function keyOf(key: NaturalKey, row: Row): string | null {
  const values = key.columns.map((column) => row[column]);
  return values.some((value) => value === null || value === undefined) ? null : values.map(String).join('\u0000');
}

function loadHere(db: Db, spec: KindSpec): HereRecord[] {
  const columns = tableColumns(spec.table);
  const wanted = new Set(['id', 'uid', 'updatedAt', ...spec.fixed, ...spec.naturalKeys.flatMap((key) => key.columns), ...(spec.named ? [spec.named] : [])]);
  // Plain SQL: drizzle's mapping of every row costs more than the rest of the plan on 60,000 stage moves.
  const selection = [...wanted].map((name) => `"${(columns[name] as SQLiteColumn).name}" AS "${name}"`);
  const rows = db.all<Row>(sql.raw(`SELECT ${selection.join(', ')} FROM "${getTableName(spec.table)}" ORDER BY id`));
  return rows.map((row) => ({ id: row.id as number, uid: row.uid as string, updatedAt: row.updatedAt as number, row }));
}

/** Each MOT's entries here: review id → skill id → when it was recorded. */
function loadEntries(db: Db): Map<number, Map<number, number>> {
  const byReview = new Map<number, Map<number, number>>();
  for (const entry of db.select().from(skillReviewEntries).all()) {
    const entries = byReview.get(entry.reviewId) ?? new Map<number, number>();
    entries.set(entry.skillId, entry.reviewedAt);
    byReview.set(entry.reviewId, entries);
  }
  return byReview;
}

/** Where each file uid leads: a record here (its id) or one the import adds (`new:<uid>`). */
class Targets {
  private readonly fromFile = new Map<UidKind, Map<string, number | string>>();
  private readonly here = new Map<UidKind, Map<string, number>>();

  setHere(kind: UidKind, ids: Map<string, number>): void {
    this.here.set(kind, ids);
  }

  setFromFile(kind: UidKind, targets: Map<string, number | string>): void {
    this.fromFile.set(kind, targets);
  }

  readonly localIdOf = (to: UidKind, uid: string): number | string | undefined => this.fromFile.get(to)?.get(uid) ?? this.here.get(to)?.get(uid);
}

function describeHere(spec: KindSpec, here: HereRecord): string {
  const name = spec.named ? here.row[spec.named] : undefined;
  return typeof name === 'string' ? `the ${RECORD_KIND_SINGULAR[spec.kind]} “${name}” here` : `the ${RECORD_KIND_SINGULAR[spec.kind]} here with uid ${here.uid}`;
}

/** Two records that would end up with the same value of a key the database holds once: refused, never a crash. */
function checkUniqueKeys(spec: KindSpec, here: HereRecord[], planned: PlannedRecord[], rows: Row[], problems: Problems): void {
  const replaced = new Map<number, number>();
  planned.forEach((plan, index) => {
    if (plan.hereId !== null && plan.writeFields) replaced.set(plan.hereId, index);
  });
  for (const key of spec.naturalKeys.filter((candidate) => candidate.unique)) {
    const owners = new Map<string, ({ here: HereRecord } | { planned: number })[]>();
    const own = (value: string | null, owner: { here: HereRecord } | { planned: number }) => {
      if (value !== null) owners.set(value, [...(owners.get(value) ?? []), owner]);
    };
    for (const record of here) {
      const index = replaced.get(record.id);
      own(index === undefined ? keyOf(key, record.row) : keyOf(key, rows[index] as Row), index === undefined ? { here: record } : { planned: index });
    }
    planned.forEach((plan, index) => (plan.hereId === null ? own(keyOf(key, rows[index] as Row), { planned: index }) : undefined));
    for (const group of owners.values()) {
      if (group.length < 2) continue;
      for (const owner of group) {
        if (!('planned' in owner)) continue;
        const other = group.find((candidate) => candidate !== owner);
        const plan = planned[owner.planned] as PlannedRecord;
        const otherWords = other && 'here' in other ? describeHere(spec, other.here) : `record ${((other && 'planned' in other ? planned[other.planned]?.index : 0) ?? 0) + 1} of the file`;
        problems.add(
          { kind: spec.kind, index: plan.index, uid: plan.record.uid, field: null },
          `Its ${key.inWords} is the same as that of ${otherWords}, and there is one ${RECORD_KIND_SINGULAR[spec.kind]} per ${key.inWords}: rename or merge one of them in Stint, then import again`,
        );
      }
    }
  }
}

function recordField(spec: KindSpec, column: string): string {
  return spec.links.find((link) => link.column === column)?.field ?? column;
}

function planKind(db: Db, spec: KindSpec, records: TransferRecord[], targets: Targets, problems: Problems): KindPlan {
  const here = loadHere(db, spec);
  const hereById = new Map(here.map((record) => [record.id, record]));
  const hereIds = new Map(here.map((record) => [record.uid, record.id]));
  targets.setHere(spec.kind, hereIds);
  const place = (plan: PlannedRecord, field: string | null) => ({ kind: spec.kind, index: plan.index, uid: plan.record.uid, field });

  const claimed = new Set<number>();
  const planned: PlannedRecord[] = records.map((record, index) => {
    const hereId = hereIds.get(record.uid) ?? null;
    if (hereId !== null) claimed.add(hereId);
    return { index, record, action: 'add', hereId, byKey: false, writeFields: true, entries: [] };
  });
  const rows = planned.map((plan) => {
    const { row, broken } = keyColumns(spec, plan.record, targets.localIdOf);
    for (const link of broken) problems.add(place(plan, link.field), link.message);
    for (const child of spec.children) {
      for (const link of childLinks(child, plan.record[child.field] as unknown[])) {
        if (targets.localIdOf(link.to, link.uid) === undefined) problems.add(place(plan, link.field), brokenLink(child.field, link.to, link.uid));
      }
    }
    return row;
  });

  // A record with another uid but the same key is the same record; the first of that key not yet taken.
  const byKey = spec.naturalKeys.map((key) => {
    const index = new Map<string, HereRecord[]>();
    for (const record of here) {
      const value = keyOf(key, record.row);
      if (value !== null) index.set(value, [...(index.get(value) ?? []), record]);
    }
    return index;
  });
  planned.forEach((plan, index) => {
    if (plan.hereId !== null) return;
    for (const [position, key] of spec.naturalKeys.entries()) {
      const value = keyOf(key, rows[index] as Row);
      const found = value === null ? undefined : byKey[position]?.get(value)?.find((record) => !claimed.has(record.id));
      if (found) {
        plan.hereId = found.id;
        plan.byKey = true;
        claimed.add(found.id);
        return;
      }
    }
  });

  const entriesHere = spec.children.some((child) => child.shape === 'entries') ? loadEntries(db) : null;
  planned.forEach((plan, index) => {
    const entries = entriesHere ? (plan.record.entries as ReviewEntry[]) : [];
    const record = plan.hereId === null ? undefined : hereById.get(plan.hereId);
    if (!record) {
      plan.entries = entries;
      return;
    }
    plan.writeFields = !spec.appendOnly && plan.record.updatedAt > record.updatedAt;
    plan.action = plan.writeFields ? 'update' : 'keep';
    for (const column of spec.fixed) {
      const field = recordField(spec, column);
      if (String((rows[index] as Row)[column]) !== String(record.row[column])) {
        problems.add(place(plan, field), `${keyInWords(field)} is not the same as that of ${describeHere(spec, record)}, and it never changes once made`);
      }
    }
    // Each entry of a skills MOT carries its own time: the later one wins, whichever MOT is later.
    const recorded = entriesHere?.get(record.id);
    plan.entries = entries.filter((entry) => {
      const skillId = targets.localIdOf('skills', entry.skillUid);
      const at = typeof skillId === 'number' ? recorded?.get(skillId) : undefined;
      return at === undefined || entry.reviewedAt > at;
    });
    if (plan.action === 'keep' && plan.entries.length > 0) plan.action = 'update';
  });

  targets.setFromFile(spec.kind, new Map(planned.map((plan) => [plan.record.uid, plan.hereId ?? `new:${plan.record.uid}`])));
  checkUniqueKeys(spec, here, planned, rows, problems);
  return { spec, planned, hereIds };
}

function planSettings(db: Db, incoming: RecordOf<'settings'>[]): SettingsPlan {
  const record = incoming[0] ?? null;
  if (!record) return { record, action: 'keep' };
  const here = db.select({ updatedAt: settings.updatedAt }).from(settings).where(eq(settings.id, 1)).get();
  if (!here) return { record, action: 'add' };
  return { record, action: record.updatedAt > here.updatedAt ? 'update' : 'keep' };
}

export function planImport(db: Db, document: IncomingDocument, problems: Problems): ImportPlan {
  const targets = new Targets();
  const kinds = KIND_SPECS.map((spec) => planKind(db, spec, document.records[spec.kind], targets, problems));
  return { kinds, settings: planSettings(db, document.settings) };
}

/** A fingerprint of every decision: the import applies a plan only if it is the one its preview showed. */
export function planDigest(plan: ImportPlan): string {
  const hash = createHash('sha256');
  for (const { spec, planned } of plan.kinds) {
    const lines = planned.map(
      (record) =>
        `${record.action}${record.writeFields ? '' : '~'} ${record.record.uid} ${record.hereId ?? ''}${record.byKey ? ' key' : ''}${record.entries.map((entry) => ` ${entry.skillUid}@${entry.reviewedAt}`).join('')}\n`,
    );
    hash.update(`${spec.kind}\n${lines.join('')}`);
  }
  hash.update(`settings ${plan.settings.action}\n`);
  return hash.digest('hex');
}

/** What the plan does to each kind, in numbers. */
export function countsOf(plan: ImportPlan): ImportCounts[] {
  const counts = plan.kinds.map(({ spec, planned }) => ({
    kind: spec.kind,
    label: RECORD_KIND_LABELS[spec.kind],
    added: planned.filter((record) => record.action === 'add').length,
    updated: planned.filter((record) => record.action === 'update').length,
    unchanged: planned.filter((record) => record.action === 'keep').length,
    matchedByKey: planned.filter((record) => record.byKey).length,
  }));
  const { record, action } = plan.settings;
  const settingsCount = (wanted: Action) => (record !== null && action === wanted ? 1 : 0);
  return [
    ...counts,
    { kind: 'settings', label: RECORD_KIND_LABELS.settings, added: settingsCount('add'), updated: settingsCount('update'), unchanged: settingsCount('keep'), matchedByKey: 0 },
  ];
}
