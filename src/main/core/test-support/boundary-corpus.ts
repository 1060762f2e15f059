/**
 * Issue 16's corpus of bad input at the API boundary, derived from the contract itself: each method's valid input
 * (valid-inputs.ts) broken one way at a time. The input as a whole gets the wrong type; every object, at any depth,
 * loses each required field and gains an unknown, a `__proto__` and a `constructor` key; and every field gets the
 * values of its kind that no form sends — 10 MB, NUL and control characters and lone surrogates in text,
 * impossible dates, numbers past 2^53, fractions and NaN, unknown choices, 100,000-item lists, wrong types.
 * A field of a kind the corpus does not know fails the build of the corpus, so a new method or field cannot slip by.
 */
import { z } from 'zod';
import { API_METHODS, type ApiMethod } from '../../../shared/api-methods';
import { apiContract } from '../../../shared/contract';
import { MORE_VALID_INPUTS, VALID_INPUTS } from './valid-inputs';

export interface BadCase {
  method: ApiMethod;
  /** What is wrong, in words: the test's name. */
  what: string;
  input: unknown;
  /** The field the refusal must name, as zod reports paths (`rate.amount`); empty for the input as a whole. */
  field: string;
  /** A number past the field's own least or most: the refusal must say that bound, not another. */
  bound?: number;
  /** For bad text, the input with the field left out (or null), also refused: the two refusals must not read the same. */
  blank?: unknown;
}

/** Built once: every case that needs them shares the same string and lists. */
export const TEN_MB_TEXT = 'x'.repeat(10 * 1024 * 1024);
export const MANY_ITEMS = 100_000;

const BAD_TEXT: [string, string][] = [
  ['a 10 MB string', TEN_MB_TEXT],
  ['a NUL character', 'Leeds\u0000'],
  ['control characters', 'Leeds\u0007\u001B[31m'],
  ['a lone high surrogate (half an emoji)', 'Leeds \uD83D'],
  ['a lone low surrogate', 'Leeds \uDE80'],
];

const IMPOSSIBLE_DATES: [string, string][] = [
  ['30 February (2026-02-30)', '2026-02-30'],
  ['29 February of a common year (2025-02-29)', '2025-02-29'],
  ['a month 13 (2026-13-01)', '2026-13-01'],
  ['a date with a time (2026-03-02T09:00:00Z)', '2026-03-02T09:00:00Z'],
];

/** Values of another type than the field's, as JSON or IPC can carry them. */
const WRONG_TYPE: Record<'text' | 'number' | 'boolean' | 'choice' | 'list' | 'object', [string, unknown][]> = {
  text: [['a number for text', 42], ['a list for text', ['Leeds']]],
  number: [['a number as text', '1'], ['"NaN" as text', 'NaN'], ['true for a number', true]],
  boolean: [['"true" as text', 'true'], ['1 for true', 1]],
  choice: [['a number for a choice', 3]],
  list: [['text for a list', 'erp'], ['an object for a list', { 0: 'erp' }]],
  object: [['text for an object', 'Hays'], ['a list for an object', []], ['a number for an object', 42], ['true for an object', true]],
};

/** Numbers no whole-number or amount field takes, each with the field's own bound it passes, if it has one. */
function badNumbers(schema: z.ZodNumber): [string, unknown, number?][] {
  // The field's own bounds, where it has any tighter than the whole numbers a double holds exactly (±2^53 − 1).
  const least = schema.minValue !== null && schema.minValue > Number.MIN_SAFE_INTEGER ? schema.minValue : undefined;
  const most = schema.maxValue !== null && schema.maxValue < Number.MAX_SAFE_INTEGER ? schema.maxValue : undefined;
  const values: [string, unknown, number?][] = [
    ['2^53, past the whole numbers a double holds exactly', 2 ** 53, most],
    ['2^53 + 2', 2 ** 53 + 2, most],
    ['1e21', 1e21, most],
    ['-(2^53)', -(2 ** 53), least],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
  ];
  if (schema.isInt) values.push(['a fraction (1.5)', 1.5]);
  if (least !== undefined) values.push([`${least - 1}, below its least`, least - 1, least]);
  if (most !== undefined) values.push([`${most + 1}, above its most`, most + 1, most]);
  return values;
}

interface Wrapped {
  inner: z.ZodType;
  required: boolean;
  nullable: boolean;
}

/** The schema under optional, nullable, default and a transform, and what those allow. */
function unwrap(schema: z.ZodType): Wrapped {
  let inner = schema;
  let required = true;
  let nullable = false;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) required = false;
    else if (inner instanceof z.ZodNullable) nullable = true;
    else if (!(inner instanceof z.ZodPipe)) return { inner, required, nullable };
    inner = inner instanceof z.ZodPipe ? (inner.in as z.ZodType) : (inner.unwrap() as z.ZodType);
  }
}

const REMOVE = Symbol('remove');

/** A copy of `root` with `value` at `path` (or the key there removed), copying only the objects on the way. */
function withValue(root: unknown, path: readonly PropertyKey[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [PropertyKey, ...PropertyKey[]];
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<PropertyKey, unknown>;
  const next = withValue(copy[key], rest, value);
  if (next === REMOVE) delete copy[key];
  // An own `__proto__` key, as JSON.parse makes one, rather than a change of the copy's prototype.
  else Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Breaks the value at `path` of `root` (`valid`, of `schema`): absent, null, and every way its kind allows. */
function breakField(method: ApiMethod, schema: z.ZodType, valid: unknown, root: unknown, path: PropertyKey[]): BadCase[] {
  const { inner, required, nullable } = unwrap(schema);
  const wrapperCases: [string, unknown][] = [];
  if (required) wrapperCases.push(path.length === 0 ? ['no input at all', undefined] : ['missing', REMOVE]);
  if (!nullable) wrapperCases.push(['null', null]);
  const blank = wrapperCases[0] && withValue(root, path, wrapperCases[0][1]);
  return [...casesAt(method, root, path, wrapperCases), ...breakValue(method, inner, valid, root, path, blank)];
}

function casesAt(method: ApiMethod, root: unknown, path: PropertyKey[], values: [string, unknown, number?][], blank?: unknown): BadCase[] {
  const field = path.map(String).join('.');
  return values.map(([what, value, bound]) => ({
    method,
    what: `${field || 'the input'}: ${what}`,
    input: withValue(root, path, value),
    field,
    ...(bound === undefined ? {} : { bound }),
    ...(blank === undefined ? {} : { blank }),
  }));
}

function breakValue(method: ApiMethod, inner: z.ZodType, valid: unknown, root: unknown, path: PropertyKey[], blank: unknown): BadCase[] {
  const where = path.map(String).join('.') || 'the input';
  if (inner instanceof z.ZodObject) {
    if (!isObject(valid)) throw new Error(`VALID_INPUTS.${method} has no object at ${where} to break`);
    // Refused at the object itself: zod reports an unknown key where it was found.
    const unknownKeys = ['surprise', '__proto__', 'constructor'].map((key) => ({
      method,
      what: `${where}: an unknown key "${key}"`,
      input: withValue(root, [...path, key], { polluted: true }),
      field: path.map(String).join('.'),
    }));
    const fields = Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) => breakField(method, field, valid[key], root, [...path, key]));
    return [...casesAt(method, root, path, WRONG_TYPE.object), ...unknownKeys, ...fields];
  }
  if (inner instanceof z.ZodArray) {
    if (!Array.isArray(valid) || valid.length === 0) throw new Error(`VALID_INPUTS.${method} needs an item in ${where} to break`);
    const many = MANY_ITEMS.toLocaleString('en-GB');
    const lists: [string, unknown][] = [
      [`${many} items`, new Array<unknown>(MANY_ITEMS).fill(valid[0])],
      [`${many} items of the wrong type`, new Array<unknown>(MANY_ITEMS).fill(true)],
    ];
    return [...casesAt(method, root, path, [...WRONG_TYPE.list, ...lists]), ...breakField(method, inner.element as z.ZodType, valid[0], root, [...path, 0])];
  }
  if (inner instanceof z.ZodUnion) {
    const options = inner.options as z.ZodType[];
    if (options.every((option) => option instanceof z.ZodLiteral)) return breakValue(method, options[0] as z.ZodType, valid, root, path, blank);
    // A record picked or typed in, a chart's point, an id or "direct": broken through the form `valid` takes.
    const taken = options.find((option) => option.safeParse(valid).success);
    if (!taken) throw new Error(`VALID_INPUTS.${method} has no valid value at ${where} to break`);
    return breakValue(method, unwrap(taken).inner, valid, root, path, blank);
  }
  if (inner instanceof z.ZodLiteral) return casesAt(method, root, path, [['a value not in the list', 'not-a-value'], ['a number not in the list', 99]]);
  if (inner instanceof z.ZodEnum) {
    const inCapitals = String(inner.options[0]).toUpperCase();
    return casesAt(method, root, path, [['a value not in the list', 'not-a-value'], [`a value in capitals (${inCapitals})`, inCapitals], ...WRONG_TYPE.choice]);
  }
  if (inner instanceof z.ZodNumber) return casesAt(method, root, path, [...badNumbers(inner), ...WRONG_TYPE.number]);
  if (inner instanceof z.ZodBoolean) return casesAt(method, root, path, WRONG_TYPE.boolean);
  // A string, or a string format such as z.iso.date(), which zod does not make a ZodString.
  if (inner.def.type === 'string') {
    // A file's contents are the file's, not typed in: whatever it holds (64 MiB, NUL, broken characters) is read by
    // the preview, which lists its problems in words, rather than refused at the boundary.
    if (IMPORTED_FILES.has(`${method}.${where}`)) return casesAt(method, root, path, WRONG_TYPE.text);
    const dates = (inner.def as { format?: string }).format === 'date' ? IMPOSSIBLE_DATES : [];
    return [...casesAt(method, root, path, BAD_TEXT, blank), ...casesAt(method, root, path, [...dates, ...WRONG_TYPE.text])];
  }
  throw new Error(`The boundary corpus has no bad values for ${method}'s ${where}, a ${inner.def.type}: add them to boundary-corpus.ts`);
}

const IMPORTED_FILES = new Set(['previewImport.file', 'commitImport.file']);

/** Every bad input for `method`, each refused on its own. */
export function corpusFor(method: ApiMethod): BadCase[] {
  const valid = VALID_INPUTS[method];
  if (valid === undefined) throw new Error(`valid-inputs.ts has no input for ${method}: add one, and the corpus breaks it`);
  const schema = apiContract[method].input;
  // Each other form of the input (a CSV import beside the JSON one) is broken too, its cases named by the form.
  const more = (MORE_VALID_INPUTS[method] ?? []).flatMap(({ form, input }) =>
    breakField(method, schema, input, input, []).map((bad) => ({ ...bad, what: `(${form}) ${bad.what}` })),
  );
  return [...breakField(method, schema, valid, valid, []), ...more];
}

/** The corpus of every method of the contract. */
export function boundaryCorpus(): Map<ApiMethod, BadCase[]> {
  return new Map(API_METHODS.map((method) => [method, corpusFor(method)]));
}
