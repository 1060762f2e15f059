/**
 * The building blocks every area's schemas share: limits, text checks, the fixed lists, money, references to a
 * record picked or typed in. Messages name the field, so that a refusal reads the same wherever it is caught.
 */
import { z } from 'zod';
import {
  DURATION_UNITS,
  ENGAGEMENTS,
  IR35_STATUSES,
  ORGANISATION_KINDS,
  PRIORITIES,
  RATE_UNITS,
  REMOTE_MODES,
  SOURCES,
  STAGES,
} from '../domain';

export const LIMITS = {
  titleChars: 200,
  nameChars: 200,
  locationChars: 200,
  notesChars: 20_000,
  briefChars: 50_000,
  moveNoteChars: 2_000,
  checklistItems: 50,
  checklistLabelChars: 200,
  tags: 20,
  tagChars: 40,
  searchChars: 200,
  rateAmountMax: 10_000_000,
  durationMax: 600,
  pageSizeMax: 200,
} as const;

// Worded by the error map (validation-messages.ts), which names the field: "Bid id", "Client id".
export const recordId = z.int().positive();

/** Half of a UTF-16 pair with no other half: what is left of an emoji cut in two, which cannot be stored as text. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Control characters (NUL, escape, …) other than tab, line feed and carriage return. */
const CONTROL_CHARACTER = /(?![\t\n\r])\p{Cc}/u;
/** A character that shows: not a space, a control or format character (zero-width space, joiner, …), nor a blank. */
const VISIBLE_CHARACTER = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\u2800]/u;

/**
 * The checks every text field shares, in the order a user should hear about them. Text over the limit is told so
 * and not read through by the checks after it, so that 10 MB pasted or sent in is refused at once. The length does
 * not stop the checks itself (`abort`), as a stopped check would hide it inside a reference to a record picked or
 * typed in ("Client must be an existing organisation…" for a new client's name that is too long).
 */
function storableText<T extends z.ZodString>(schema: T, label: string, max: number, required: boolean): T {
  const withinLimit = (test: (value: string) => boolean) => (value: string) => value.length > max || test(value);
  const bounded = schema.max(max, `${label} can be at most ${max.toLocaleString('en-GB')} characters`);
  const checked = bounded.refine(
    withinLimit((value) => !LONE_SURROGATE.test(value)),
    { error: `${label} contains a broken character (half of an emoji or symbol); type or paste it again`, abort: true },
  );
  const visible = required ? checked.refine(withinLimit((value) => VISIBLE_CHARACTER.test(value)), { error: `${label} is required`, abort: true }) : checked;
  return visible.refine(
    withinLimit((value) => !CONTROL_CHARACTER.test(value)),
    `${label} cannot contain control characters such as NUL (tabs and line breaks are fine)`,
  );
}

export function text(label: string, max: number) {
  return storableText(z.string(`${label} must be text`), label, max, false);
}

/** Text that must show something: only spaces, control or invisible characters count as empty. */
export function requiredText(label: string, max: number) {
  return storableText(z.string(`${label} is required`).trim(), label, max, true);
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, `${label} must be one of: ${values.join(', ')}`);
}

/** A calendar date as the user picked it, `YYYY-MM-DD`, with no time zone. */
export const calendarDateSchema = z.iso.date();

/**
 * Whether a value is a real calendar date: what a refinement comparing two dates checks first, as it runs even when
 * a date was refused, and a malformed one ("2026-02-30", 10 MB of text) is reported as that, not as out of order.
 */
export function isCalendarDate(value: unknown): value is string {
  return calendarDateSchema.safeParse(value).success;
}

export const stageSchema = oneOf(STAGES, 'Stage');
export const engagementSchema = oneOf(ENGAGEMENTS, 'Engagement');
export const ir35Schema = oneOf(IR35_STATUSES, 'IR35 status');
export const sourceSchema = oneOf(SOURCES, 'Source');
export const remoteModeSchema = oneOf(REMOTE_MODES, 'Remote mode');
export const rateUnitSchema = oneOf(RATE_UNITS, 'Rate unit');
export const durationUnitSchema = oneOf(DURATION_UNITS, 'Duration unit');
export const organisationKindSchema = oneOf(ORGANISATION_KINDS, 'Organisation kind');
export const prioritySchema = z.union(
  PRIORITIES.map((p) => z.literal(p)),
  'Priority must be 1 (low), 2 (normal) or 3 (high)',
);

/** Money is entered in major units with at most two decimals and stored in minor units. */
export const rateSchema = z.strictObject({
  amount: z
    .number('Rate must be a number')
    .finite('Rate must be a number')
    .min(0, 'Rate cannot be negative')
    .max(LIMITS.rateAmountMax, `Rate can be at most ${LIMITS.rateAmountMax.toLocaleString('en-GB')}`)
    .refine((amount) => Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6, 'Rate can have at most two decimals'),
  currency: z
    .string('Currency is required')
    .regex(/^[A-Z]{3}$/, 'Currency must be a three-letter code such as GBP or EUR'),
  unit: rateUnitSchema,
});

/** An organisation picked from the list (`id`) or typed in to be created with the bid (`name`). */
export const organisationRefSchema = z.union([
  z.strictObject({ id: recordId }),
  z.strictObject({ name: requiredText('Organisation name', LIMITS.nameChars) }),
]);

/** A contact picked (`id`) or created inline (`name`). */
export const contactRefSchema = z.union([
  z.strictObject({ id: recordId }),
  z.strictObject({ name: requiredText('Contact name', LIMITS.nameChars) }),
]);

export const checklistItemSchema = z.strictObject({
  label: requiredText('Checklist item', LIMITS.checklistLabelChars),
  done: z.boolean(),
});

/** A tag as the user spells it; the limit applies to that spelling, which is what is stored. */
export const tagSchema = requiredText('Tag', LIMITS.tagChars);

export const noInputSchema = z.strictObject({}).optional();

/** An instant, in epoch milliseconds. */
export const epochMs = z.number();

export const moneySchema = z.object({ amount: z.number(), currency: z.string(), unit: rateUnitSchema });

export const namedRefSchema = z.object({ id: z.number(), name: z.string() });

