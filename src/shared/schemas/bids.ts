/** A bid: what the form sends, and what the core gives back with its stage history. */
import { z } from 'zod';
import { uniqueByMatchKey } from '../match-key';
import { bidCardSchema } from './board';
import {
  calendarDateSchema,
  checklistItemSchema,
  contactRefSchema,
  durationUnitSchema,
  engagementSchema,
  epochMs,
  ir35Schema,
  isCalendarDate,
  LIMITS,
  moneySchema,
  namedRefSchema,
  organisationRefSchema,
  prioritySchema,
  rateSchema,
  recordId as id,
  remoteModeSchema,
  requiredText,
  sourceSchema,
  stageSchema,
  tagSchema,
  text,
} from './fields';

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
    .int(`Duration must be a whole number from 1 to ${LIMITS.durationMax}`)
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
  if (isCalendarDate(bid.expectedStart) && isCalendarDate(bid.expectedEnd) && bid.expectedEnd < bid.expectedStart) {
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
  /** As on the bid's card: the interview to ask "How did it go?" about, if any. */
  interviewToAssess: z.number().nullable(),
  history: z.array(stageEventSchema),
});
export type Bid = z.output<typeof bidSchema>;

export const moveResultSchema = z.object({ bid: bidCardSchema, eventId: z.number() });
export type MoveResult = z.output<typeof moveResultSchema>;

