import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { RECORD_KINDS, REMINDER_KINDS } from '../../../../shared/domain';
import { RECORD_SCHEMAS } from '../../../../shared/schemas';
import * as schema from '../../db/schema';
import { machine, fillEveryTable, type Machine } from '../../test-support/transfer';
import { KIND_SPECS } from './kind-specs';
import { tableColumns } from './kinds';
import { TRIGGER_FORMS } from './trigger-keys';

/** Tables no export carries: the database fills them from the records (see insights.ts). */
const DERIVED_TABLES = ['bid_facts'];

const tables = (Object.values(schema) as unknown[]).filter((value): value is SQLiteTable => is(value, SQLiteTable));
const nested = KIND_SPECS.flatMap((spec) => spec.children.map((child) => ({ spec, child })));
const shapeOf = (kind: keyof typeof RECORD_SCHEMAS) => (RECORD_SCHEMAS[kind] as unknown as z.ZodObject).shape as Record<string, z.ZodType>;

let opened: Machine | undefined;
afterEach(() => opened?.temp.remove());

describe('what an export covers', () => {
  it('covers every table of the schema: as a kind of record, nested in one, the settings, or made by the database', () => {
    expect(KIND_SPECS.map((spec) => spec.kind)).toEqual(RECORD_KINDS.filter((kind) => kind !== 'settings'));
    const covered = new Map<string, string>([
      ...KIND_SPECS.map((spec) => [getTableName(spec.table), `the ${spec.kind} records`] as const),
      ...nested.map(({ spec, child }) => [getTableName(child.table), `${spec.kind}' ${child.field}`] as const),
      ['settings', 'the settings record'],
      ...DERIVED_TABLES.map((name) => [name, 'derived'] as const),
    ]);
    const missing = tables.map((table) => getTableName(table)).filter((name) => !covered.has(name));
    expect(missing, 'tables an export leaves out: give each a kind, nest it in one, or name it as derived').toEqual([]);
  });

  it('carries every column of a kind’s table, under its own name or as a link by uid, or says what makes it again', () => {
    for (const spec of KIND_SPECS) {
      const fields = new Set(Object.keys(shapeOf(spec.kind)));
      for (const column of Object.keys(tableColumns(spec.table))) {
        const link = spec.links.find((candidate) => candidate.column === column);
        const carried = column in spec.leftOut || fields.has(link ? link.field : column);
        expect(carried, `${spec.kind}.${column} is neither in the record nor left out with a reason`).toBe(true);
        if (link) expect(fields.has(column), `${spec.kind}.${column} is a link: the record holds ${link.field}, not the local id`).toBe(false);
      }
      // And the other way: a field of the record is a column, a link or a nested list.
      const columns = new Set(Object.keys(tableColumns(spec.table)));
      for (const field of fields) {
        const known = columns.has(field) || spec.links.some((link) => link.field === field) || spec.children.some((child) => child.field === field);
        expect(known, `${spec.kind} record field ${field} is stored nowhere`).toBe(true);
      }
    }
  });

  it('carries every column of a nested join table, and every settings column but its fixed id', () => {
    const carried: Record<string, string[]> = {
      tags: ['opportunityId', 'tag', 'tagKey'],
      interviewerUids: ['interviewId', 'contactId'],
      reasonUids: ['outcomeId', 'reasonId'],
      skillUids: ['outcomeId', 'skillId'],
      entries: ['reviewId', 'skillId', 'level', 'note', 'reviewedAt'],
      contactUids: ['interactionId', 'contactId'],
    };
    for (const { spec, child } of nested) {
      expect(Object.keys(tableColumns(child.table)).sort(), `${spec.kind}' ${child.field}`).toEqual([...(carried[child.field] ?? [])].sort());
    }
    expect(Object.keys(tableColumns(schema.settings)).filter((column) => column !== 'id').sort()).toEqual(Object.keys(shapeOf('settings')).sort());
  });

  it('matches a record on import by every key the database holds once, so that no import meets a unique constraint', () => {
    opened = machine();
    const { sqlite } = opened.database;
    for (const spec of KIND_SPECS) {
      const name = getTableName(spec.table);
      const byColumnName = new Map(Object.entries(tableColumns(spec.table)).map(([key, column]) => [column.name, key]));
      const indexes = sqlite.prepare(`SELECT name FROM pragma_index_list(?) WHERE "unique" = 1`).pluck().all(name) as string[];
      for (const index of indexes) {
        const columns = (sqlite.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(index) as string[]).map((column) => byColumnName.get(column));
        const matched = columns.join() === 'id' || columns.join() === 'uid' || spec.naturalKeys.some((key) => key.unique && key.columns.join() === columns.join());
        expect(matched, `${name}: the unique index ${index} (${columns.join(', ')}) is not a key the import matches by`).toBe(true);
      }
    }
  });

  it('knows the trigger of every rule, and every rule-made reminder’s trigger has its rule’s form', () => {
    expect(Object.keys(TRIGGER_FORMS).sort()).toEqual(REMINDER_KINDS.filter((kind) => kind !== 'manual').sort());
    opened = machine();
    fillEveryTable(opened);
    const triggers = opened.database.sqlite.prepare('SELECT rule, trigger_key AS key FROM reminders WHERE rule IS NOT NULL').all() as { rule: keyof typeof TRIGGER_FORMS; key: string }[];
    const rules = new Set(triggers.map((trigger) => trigger.rule));
    expect(rules.size, 'the filled database has reminders of most rules').toBeGreaterThanOrEqual(8);
    for (const { rule, key } of triggers) {
      const pattern = new RegExp(`^${TRIGGER_FORMS[rule].replace(/\{[a-zA-Z]+\}/g, '\\d+').replace(/\{\}/g, '[^@:]*')}$`);
      expect(key, `a ${rule} trigger`).toMatch(pattern);
    }
  });
});
