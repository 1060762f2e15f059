/**
 * The words of every refusal of input that a schema does not word itself: a zod error map that names the field
 * (see field-labels.ts) and says what is allowed, in place of zod's generic "Invalid input: expected object,
 * received undefined". Schemas' own messages ("Title is required") come first and are kept as they are.
 * Input is parsed with it wherever it is checked: at the boundary (dispatch) and in the renderer's forms.
 */
import type { z } from 'zod';
import { fieldLabel, keyInWords } from './field-labels';
import { contactRefSchema, organisationRefSchema, skillRefSchema } from './schemas';

type RawIssue = z.core.$ZodRawIssue;

/** "a", "a and b", "a, b and c". */
function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The keys of the object schema that raised `issue`, for saying what the object must hold. */
function keysOf(issue: RawIssue): string[] {
  return Object.keys((issue.inst?._zod.def as { shape?: Record<string, unknown> } | undefined)?.shape ?? {});
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
};

/** How an error map names fields (`labelOf`) and the value as a whole (`whole`: "This request"). */
interface Naming {
  labelOf: (path: readonly PropertyKey[]) => string;
  whole: string;
}

function wrongType(label: string, naming: Naming, issue: Extract<RawIssue, { code: 'invalid_type' }>): string {
  if (issue.expected === 'object') {
    const keys = keysOf(issue);
    const fields = listInWords(keys.map((key) => keyInWords(key).toLowerCase()));
    if (label) return issue.input === undefined ? `${label} is required: an object with ${fields}` : `${label} must be an object with ${fields}`;
    // The whole input: its fields named as they are everywhere else.
    return keys.length > 0 ? `${naming.whole} must be an object with the fields ${listInWords(keys.map((key) => naming.labelOf([key])))}` : `${naming.whole} takes no fields`;
  }
  if (issue.input === undefined) return `${label} is required`;
  // z.int() reports a string as "expected number"; say whole number, as a fraction would be told.
  const whole = issue.expected === 'number' && /int/.test(String((issue.inst?._zod.def as { format?: unknown } | undefined)?.format));
  const allowed = TYPE_WORDS[whole ? 'int' : issue.expected];
  return allowed ? `${label} must be ${allowed}` : `${label} cannot be ${issue.input === null ? 'empty (null)' : `a ${typeof issue.input}`}`;
}

/**
 * z.int() refuses a number past ±(2^53 − 1) before the field's own limits are looked at, and reports that range;
 * a field with a limit of its own (`.max(200)`, `.positive()`) is told by that one: "Limit can be at most 200".
 */
function withOwnLimit<I extends Extract<RawIssue, { code: 'too_big' | 'too_small' }>>(issue: I): I {
  if (issue.origin !== 'int') return issue;
  const check = issue.code === 'too_big' ? 'less_than' : 'greater_than';
  const checks = (issue.inst?._zod.def as { checks?: z.core.$ZodCheck[] } | undefined)?.checks ?? [];
  const own = checks.map((each) => each._zod.def as { check: string; value?: unknown; inclusive?: boolean }).find((def) => def.check === check);
  if (!own) return issue;
  return { ...issue, [issue.code === 'too_big' ? 'maximum' : 'minimum']: own.value, inclusive: own.inclusive };
}

function tooBig(label: string, issue: Extract<RawIssue, { code: 'too_big' }>): string {
  const limit = Number(issue.maximum).toLocaleString('en-GB');
  if (issue.origin === 'string') return `${label} can be at most ${limit} characters`;
  if (issue.origin === 'array' || issue.origin === 'set') return `${label} can have at most ${limit} items`;
  return issue.inclusive === false ? `${label} must be less than ${limit}` : `${label} can be at most ${limit}`;
}

function tooSmall(label: string, issue: Extract<RawIssue, { code: 'too_small' }>): string {
  const minimum = Number(issue.minimum);
  const limit = minimum.toLocaleString('en-GB');
  if (issue.origin === 'string') return minimum <= 1 ? `${label} cannot be empty` : `${label} must be at least ${limit} characters`;
  if (issue.origin === 'array' || issue.origin === 'set') return `${label} must have at least ${limit} item${minimum === 1 ? '' : 's'}`;
  return issue.inclusive === false ? `${label} must be more than ${limit}` : `${label} must be at least ${limit}`;
}

function unknownKeys(label: string, keys: readonly string[]): string {
  const named = listInWords(keys.map((key) => `"${key}"`));
  const verb = keys.length === 1 ? 'is not a field' : 'are not fields';
  return `${named} ${verb} Stint accepts${label ? ` in ${label}` : ''}`;
}

/**
 * The refusal of a reference in the right form whose text is refused ({ name: "Hays" with half an emoji }), which
 * zod gives only as one form's failure among the others'. Only a refinement's message is taken: the schemas word
 * those themselves, while one worded here named the field by its path inside the form ("Bid id" for `client.id`).
 */
function refusedInItsForm(issue: Extract<RawIssue, { code: 'invalid_union' }>): string | undefined {
  const refused = issue.errors.filter((issues) => issues.length > 0 && issues.every((each) => each.code === 'custom'));
  return refused.length === 1 ? refused[0]?.[0]?.message : undefined;
}

function noMatchingForm(label: string, issue: Extract<RawIssue, { code: 'invalid_union' }>): string {
  const refusal = refusedInItsForm(issue);
  if (refusal) return refusal;
  if (issue.inst === organisationRefSchema) return `${label} must be an existing organisation (its id) or a new one (its name)`;
  if (issue.inst === contactRefSchema) return `${label} must be an existing contact (its id) or a new one (its name)`;
  if (issue.inst === skillRefSchema) return `${label} must be an existing skill (its id) or a new one (its name and level)`;
  return `${label} is not in a form Stint accepts`;
}

/**
 * An error map that names each field with `labelOf` and says what is allowed; used for every issue whose schema has
 * no message of its own. `whole` names the value as a whole ("This request", "This record").
 */
export function issueMessagesNaming(labelOf: Naming['labelOf'], whole: string): z.core.$ZodErrorMap {
  return (issue) => messageFor(issue, { labelOf, whole });
}

function messageFor(issue: RawIssue, naming: Naming): string {
  const own = naming.labelOf(issue.path ?? []);
  const label = own || naming.whole;
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(own, naming, issue);
    case 'too_big':
      return tooBig(label, withOwnLimit(issue));
    case 'too_small':
      return tooSmall(label, withOwnLimit(issue));
    case 'invalid_value':
      return issue.values.length === 1
        ? `${label} must be ${JSON.stringify(issue.values[0])}`
        : `${label} must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'date') return `${label} must be a date in the form YYYY-MM-DD`;
      if (issue.format === 'uuid') return `${label} must be a uid: a UUID such as 0190d2a4-6b1c-7d3e-8f40-1a2b3c4d5e6f`;
      return issue.format === 'regex' ? `${label} is not in a form Stint accepts` : `${label} must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `${label} must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return unknownKeys(own, issue.keys);
    case 'invalid_union':
      return noMatchingForm(label, issue);
    default:
      return `${label} is not valid`;
  }
}

/** The message for one issue of an input, naming its field as the forms do. */
export const readableIssueMessage = issueMessagesNaming(fieldLabel, 'This request');

/** `schema.safeParse(input)` with the messages above: how input from outside or from a form is checked. */
export function safeParseInput<S extends z.ZodType>(schema: S, input: unknown): z.ZodSafeParseResult<z.output<S>> {
  return schema.safeParse(input, { error: readableIssueMessage });
}
