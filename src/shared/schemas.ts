/**
 * The zod schemas of everything that crosses the boundary between the renderer and the core.
 * The renderer validates a form with the same schema the core enforces, so a field error reads the same
 * wherever it is caught.
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
} from './domain';
import { uniqueByMatchKey } from './match-key';

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
const id = z.int().positive();

/** Half of a UTF-16 pair with no other half: what is left of an emoji cut in two, which cannot be stored as text. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Control characters (NUL, escape, …) other than tab, line feed and carriage return. */
const CONTROL_CHARACTER = /(?![\t\n\r])\p{Cc}/u;
/** A character that shows: not a space, a control or format character (zero-width space, joiner, …), nor a blank. */
const VISIBLE_CHARACTER = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\u2800]/u;

/** The checks every text field shares, in the order a user should hear about them. */
function storableText<T extends z.ZodString>(schema: T, label: string, max: number, required: boolean): T {
  const checked = schema.refine((value) => !LONE_SURROGATE.test(value), {
    error: `${label} contains a broken character (half of an emoji or symbol); type or paste it again`,
    abort: true,
  });
  const visible = required ? checked.refine((value) => VISIBLE_CHARACTER.test(value), { error: `${label} is required`, abort: true }) : checked;
  return visible
    .refine((value) => !CONTROL_CHARACTER.test(value), `${label} cannot contain control characters such as NUL (tabs and line breaks are fine)`)
    .max(max, `${label} can be at most ${max.toLocaleString('en-GB')} characters`);
}

function text(label: string, max: number) {
  return storableText(z.string(`${label} must be text`), label, max, false);
}

/** Text that must show something: only spaces, control or invisible characters count as empty. */
function requiredText(label: string, max: number) {
  return storableText(z.string(`${label} is required`).trim(), label, max, true);
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, `${label} must be one of: ${values.join(', ')}`);
}

/** A calendar date as the user picked it, `YYYY-MM-DD`, with no time zone. */
export const calendarDateSchema = z.iso.date();

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
  z.strictObject({ id }),
  z.strictObject({ name: requiredText('Organisation name', LIMITS.nameChars) }),
]);

/** A contact picked (`id`) or created inline (`name`). */
export const contactRefSchema = z.union([
  z.strictObject({ id }),
  z.strictObject({ name: requiredText('Contact name', LIMITS.nameChars) }),
]);

export const checklistItemSchema = z.strictObject({
  label: requiredText('Checklist item', LIMITS.checklistLabelChars),
  done: z.boolean(),
});

/** A tag as the user spells it; the limit applies to that spelling, which is what is stored. */
const tagSchema = requiredText('Tag', LIMITS.tagChars);

const bidFieldsShape = {
  title: requiredText('Title', LIMITS.titleChars),
  client: organisationRefSchema.nullable(),
  agency: organisationRefSchema.nullable(),
  recruiter: contactRefSchema.nullable(),
  hiringManager: contactRefSchema.nullable(),
  source: sourceSchema,
  engagement: engagementSchema,
  rate: rateSchema.nullable(),
  durationValue: z
    .int('Duration must be a whole number')
    .min(1, 'Duration must be at least 1')
    .max(LIMITS.durationMax, `Duration can be at most ${LIMITS.durationMax}`)
    .nullable(),
  durationUnit: durationUnitSchema,
  expectedStart: calendarDateSchema.nullable(),
  expectedEnd: calendarDateSchema.nullable(),
  location: text('Location', LIMITS.locationChars),
  remoteMode: remoteModeSchema.nullable(),
  ir35: ir35Schema,
  priority: prioritySchema,
  tags: z
    .array(tagSchema)
    .max(LIMITS.tags, `A bid can have at most ${LIMITS.tags} tags`)
    // One tag in two spellings ("PE-backed", "pe-backed") is kept once, as first typed.
    .transform((tags) => uniqueByMatchKey(tags)),
  notes: text('Notes', LIMITS.notesChars),
  briefText: text('Brief', LIMITS.briefChars),
  briefChecklist: z
    .array(checklistItemSchema)
    .max(LIMITS.checklistItems, `A checklist can have at most ${LIMITS.checklistItems} items`),
};

function endNotBeforeStart(bid: { expectedStart: string | null; expectedEnd: string | null }, ctx: z.RefinementCtx) {
  if (bid.expectedStart && bid.expectedEnd && bid.expectedEnd < bid.expectedStart) {
    ctx.addIssue({ code: 'custom', path: ['expectedEnd'], message: 'The end date cannot be before the start date' });
  }
}

export const createBidSchema = z
  .strictObject({ ...bidFieldsShape, stage: stageSchema })
  .superRefine(endNotBeforeStart);
export type CreateBidInput = z.input<typeof createBidSchema>;

export const updateBidSchema = z.strictObject({ id, ...bidFieldsShape }).superRefine(endNotBeforeStart);
export type UpdateBidInput = z.input<typeof updateBidSchema>;

export const bidIdSchema = z.strictObject({ id });

export const moveBidSchema = z.strictObject({
  id,
  to: stageSchema,
  note: text('Note', LIMITS.moveNoteChars).optional(),
});

export const undoMoveSchema = z.strictObject({ eventId: id });

export const setArchivedSchema = z.strictObject({ id, archived: z.boolean() });

/** More agencies or tags than anyone ticks in a filter; bounds the request, not the choice. */
const FILTER_CHOICES_MAX = 100;

/** A filter is several values at once, any of which a bid may match; an empty list filters nothing. */
export const boardFiltersSchema = z.strictObject({
  text: text('Search', LIMITS.searchChars).optional(),
  /** Agency ids, and `direct` for bids with no agency. */
  agencies: z
    .array(z.union([id, z.literal('direct')], 'Agencies must be agency ids, or "direct" for bids with no agency'))
    .max(FILTER_CHOICES_MAX)
    .optional(),
  engagement: engagementSchema.optional(),
  tags: z.array(tagSchema).max(FILTER_CHOICES_MAX).optional(),
  /** Show only these stages' lanes. */
  stages: z.array(stageSchema).max(STAGES.length).optional(),
  /** Show archived bids instead of live ones. */
  archived: z.boolean().optional(),
});
export type BoardFilters = z.input<typeof boardFiltersSchema>;

export const boardQuerySchema = z.strictObject({
  filters: boardFiltersSchema,
  pageSize: z.int().min(1).max(LIMITS.pageSizeMax).default(50),
});

export const columnPageSchema = z.strictObject({
  stage: stageSchema,
  filters: boardFiltersSchema,
  offset: z.int().min(0),
  limit: z.int().min(1).max(LIMITS.pageSizeMax),
});

export const lookupSchema = z.strictObject({
  query: text('Search', LIMITS.searchChars),
  kind: organisationKindSchema.optional(),
  limit: z.int().min(1).max(50).default(10),
});

export const noInputSchema = z.strictObject({}).optional();

// ---- results -------------------------------------------------------------------------------------------

const epochMs = z.number();

export const moneySchema = z.object({ amount: z.number(), currency: z.string(), unit: rateUnitSchema });

export const bidCardSchema = z.object({
  id: z.number(),
  title: z.string(),
  clientName: z.string().nullable(),
  agencyName: z.string().nullable(),
  rate: moneySchema.nullable(),
  stage: stageSchema,
  priority: prioritySchema,
  stageChangedAt: epochMs,
  daysInStage: z.number(),
  briefCompleteness: z.number(),
  archived: z.boolean(),
});
export type BidCard = z.output<typeof bidCardSchema>;

export const boardColumnSchema = z.object({ stage: stageSchema, count: z.number(), cards: z.array(bidCardSchema) });
export type BoardColumn = z.output<typeof boardColumnSchema>;

export const boardSchema = z.object({
  columns: z.array(boardColumnSchema),
  /** Bids that pass the filters, in every lane. */
  totalMatching: z.number(),
  /** Whether the database holds any bid at all, archived or not: tells "no match" from "nothing yet". */
  hasAnyBids: z.boolean(),
});
export type Board = z.output<typeof boardSchema>;

export const columnPageResultSchema = z.object({ cards: z.array(bidCardSchema), count: z.number() });

export const namedRefSchema = z.object({ id: z.number(), name: z.string() });

export const organisationSchema = z.object({ id: z.number(), name: z.string(), kind: organisationKindSchema });
export type Organisation = z.output<typeof organisationSchema>;

export const stageEventSchema = z.object({
  id: z.number(),
  from: stageSchema.nullable(),
  to: stageSchema,
  at: epochMs,
  note: z.string().nullable(),
});
export type StageEvent = z.output<typeof stageEventSchema>;

export const bidSchema = z.object({
  id: z.number(),
  title: z.string(),
  client: namedRefSchema.nullable(),
  agency: namedRefSchema.nullable(),
  recruiter: namedRefSchema.nullable(),
  hiringManager: namedRefSchema.nullable(),
  source: sourceSchema,
  engagement: engagementSchema,
  rate: moneySchema.nullable(),
  durationValue: z.number().nullable(),
  durationUnit: durationUnitSchema,
  expectedStart: z.string().nullable(),
  expectedEnd: z.string().nullable(),
  location: z.string(),
  remoteMode: remoteModeSchema.nullable(),
  ir35: ir35Schema,
  stage: stageSchema,
  priority: prioritySchema,
  tags: z.array(z.string()),
  notes: z.string(),
  briefText: z.string(),
  briefChecklist: z.array(z.object({ label: z.string(), done: z.boolean() })),
  briefCompleteness: z.number(),
  stageChangedAt: epochMs,
  daysInStage: z.number(),
  createdAt: epochMs,
  updatedAt: epochMs,
  archived: z.boolean(),
  history: z.array(stageEventSchema),
});
export type Bid = z.output<typeof bidSchema>;

export const moveResultSchema = z.object({ bid: bidCardSchema, eventId: z.number() });
export type MoveResult = z.output<typeof moveResultSchema>;

export const sampleDataResultSchema = z.object({ bids: z.number(), organisations: z.number(), events: z.number() });
