/**
 * Issue 16: bad input at the API boundary, over every method of the contract (see test-support/boundary-corpus.ts).
 * Each case goes through `dispatch`, the path both hosts take, against a database holding the sample data, and
 * must come back as the user would see it: refused, in words that name the field, with nothing stored, and the
 * core answering the next call as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api-methods';
import type { Envelope } from '../../shared/errors';
import { dispatch } from './dispatch';
import { boundaryCorpus, type BadCase } from './test-support/boundary-corpus';
import { GENERIC_WORDING, mentionsField, namesFor, namesItsField, pathOf } from './test-support/refusal-wording';
import { tempApi } from './test-support/temp-database';

const corpus = boundaryCorpus();

let setup: ReturnType<typeof tempApi>;
/** The answer to a good call, taken before the corpus runs: each case must leave it as it was. */
let goodAnswer: unknown;
beforeAll(() => {
  setup = tempApi();
  setup.api.loadSampleData(undefined);
  goodAnswer = dispatch(setup.api, 'countContacts', undefined);
});
afterAll(() => setup.temp.remove());

/** Rows written, updated or deleted through the core's connection since it opened. */
function changes(): number {
  return setup.database.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
}

/** How many rows each table holds. */
function rowCounts(): Record<string, number> {
  const tables = setup.database.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((table) => [table, setup.database.sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number]));
}

/** Calls `method` as a host does; an unexpected failure fails the test with its stack rather than as INTERNAL. */
function send(bad: BadCase, input: unknown): Envelope<unknown> {
  return dispatch(setup.api, bad.method, input, (error) => {
    throw error;
  });
}

/** Whether the refusal's field `key` is the broken field, or an object or list holding it. */
function isAtOrAbove(key: string, field: string): boolean {
  return key === '' || key === field || field.startsWith(`${key}.`);
}

describe('the corpus', () => {
  it('breaks every method of the contract', () => {
    expect([...corpus.keys()]).toEqual([...API_METHODS]);
    for (const [method, cases] of corpus) expect(cases.length, method).toBeGreaterThanOrEqual(8);
  });
});

describe.each(API_METHODS)('%s', (method) => {
  let countsBefore: Record<string, number>;
  beforeAll(() => {
    countsBefore = rowCounts();
  });

  it.each((corpus.get(method) ?? []).map((bad) => [bad.what, bad] as const))('refuses %s', (_what, bad: BadCase) => {
    const changesBefore = changes();
    const result = send(bad, bad.input);
    if (result.ok) throw new Error(`${method} accepted ${bad.what}`);
    expect(result.error.code, result.error.message.slice(0, 300)).toBe('VALIDATION');

    const fields = Object.entries(result.error.fields ?? {});
    const described = fields.map(([key, message]) => `${key}: ${message.slice(0, 200)}`).join('\n');
    expect(fields.length).toBeGreaterThan(0);
    // At the broken field or what holds it, and nowhere else: a refusal that blames another field misleads.
    expect(fields.some(([key]) => isAtOrAbove(key, bad.field)), described).toBe(true);
    for (const [key, message] of fields) {
      // Another field's refusal is fine only when it is about both ("Contact id or Bid id: give exactly one").
      const aboutIt = isAtOrAbove(key, bad.field) || key.startsWith(`${bad.field}.`) || mentionsField(message, bad.field);
      expect(aboutIt, `refused at ${key}, not at ${bad.field || 'the input'}:\n${described}`).toBe(true);
      expect(message).not.toMatch(GENERIC_WORDING);
      expect(namesItsField(message, key), `"${message.slice(0, 200)}" names none of ${namesFor(pathOf(key)).join(', ')}`).toBe(true);
      // Short enough to read: a message never repeats the 10 MB it refuses.
      expect(message.length).toBeLessThan(300);
    }
    expect(result.error.message.startsWith(fields[0]![1])).toBe(true);
    if (bad.bound !== undefined) {
      // "Rate cannot be negative" says its least of 0 in words.
      const bound = new RegExp(`(?<![\\d,.])(?:${bad.bound}|${bad.bound.toLocaleString('en-GB')})(?![\\d,])${bad.bound === 0 ? '|negative' : ''}`);
      expect(result.error.fields?.[bad.field], `the refusal of ${bad.field} says its own bound, ${bad.bound}`).toMatch(bound);
    }
    if (bad.blank !== undefined && !(bad.field in (result.error.fields ?? {}))) {
      // Bad text refused only above its field (by a reference's forms) is told apart from no text: a refusal that
      // reads the same ("Client must be an existing organisation… or a new one (its name)") says nothing of it.
      const blank = send(bad, bad.blank);
      expect(blank.ok ? null : blank.error.message, 'the refusal of the field left out').not.toBe(result.error.message);
    }

    expect(changes()).toBe(changesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(dispatch(setup.api, 'countContacts', undefined)).toEqual(goodAnswer);
  });

  it('stores nothing', () => {
    expect(rowCounts()).toEqual(countsBefore);
  });
});
