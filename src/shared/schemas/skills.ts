/** The skills MOT: skills, development actions, gaps seen in rejections and the yearly review. */
import { z } from 'zod';
import { ACTION_KINDS, ACTION_STATUSES, OUTCOME_STAGES } from '../domain';
import { calendarDateSchema, epochMs, LIMITS, namedRefSchema, oneOf, recordId, requiredText, stageSchema, text } from './fields';

export const skillLevelSchema = z
  .int('Level must be a whole number from 1 to 5')
  .min(1, 'Level must be a whole number from 1 to 5')
  .max(5, 'Level must be a whole number from 1 to 5');

const skillFieldsShape = {
  name: requiredText('Skill name', LIMITS.nameChars),
  level: skillLevelSchema,
  evidence: text('Evidence', LIMITS.notesChars).default(''),
  lastReviewedOn: calendarDateSchema.nullable().default(null),
};

export const createSkillSchema = z.strictObject(skillFieldsShape);
export type CreateSkillInput = z.input<typeof createSkillSchema>;
export const updateSkillSchema = z.strictObject({ skillId: recordId, ...skillFieldsShape });
export const skillIdSchema = z.strictObject({ skillId: recordId });

/** A skill picked (`id`) or typed in to be created with the link or action (`name` and `level`). */
export const skillRefSchema = z.union([
  z.strictObject({ id: recordId }),
  z.strictObject({ name: requiredText('Skill name', LIMITS.nameChars), level: skillLevelSchema }),
]);
export type SkillRef = z.input<typeof skillRefSchema>;

const actionFieldsShape = {
  kind: oneOf(ACTION_KINDS, 'Action kind'),
  title: requiredText('Title', LIMITS.titleChars),
  status: oneOf(ACTION_STATUSES, 'Action status'),
  targetOn: calendarDateSchema.nullable().default(null),
};

export const createActionSchema = z.strictObject({ skillId: recordId, ...actionFieldsShape });
export type CreateActionInput = z.input<typeof createActionSchema>;
export const updateActionSchema = z.strictObject({ actionId: recordId, skillId: recordId, ...actionFieldsShape });
export const actionIdSchema = z.strictObject({ actionId: recordId });

export const listSkillGapsSchema = z.strictObject({ limit: z.int().min(1).max(LIMITS.pageSizeMax).default(50) });
export const linkGapSchema = z.strictObject({ outcomeId: recordId, skill: skillRefSchema });
export const unlinkGapSchema = z.strictObject({ outcomeId: recordId, skillId: recordId });
export const createActionFromGapSchema = z.strictObject({ outcomeId: recordId, skill: skillRefSchema, ...actionFieldsShape });
export type CreateActionFromGapInput = z.input<typeof createActionFromGapSchema>;

export const reviewIdSchema = z.strictObject({ reviewId: recordId });
export const recordSkillReviewSchema = z.strictObject({
  reviewId: recordId,
  skillId: recordId,
  level: skillLevelSchema,
  note: text('Note', LIMITS.moveNoteChars).default(''),
});

export const developmentActionSchema = z.object({
  id: z.number(),
  skillId: z.number(),
  kind: oneOf(ACTION_KINDS, 'Action kind'),
  title: z.string(),
  status: oneOf(ACTION_STATUSES, 'Action status'),
  targetOn: z.string().nullable(),
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type DevelopmentAction = z.output<typeof developmentActionSchema>;

export const skillSchema = z.object({
  id: z.number(),
  name: z.string(),
  level: z.number(),
  evidence: z.string(),
  lastReviewedOn: z.string().nullable(),
  actions: z.array(developmentActionSchema),
  /** Gaps seen in rejections that the user linked to this skill. */
  gapCount: z.number(),
});
export type Skill = z.output<typeof skillSchema>;

export const skillReviewSchema = z.object({
  id: z.number(),
  startedAt: epochMs,
  finishedAt: epochMs.nullable(),
  entries: z.array(z.object({ skillId: z.number(), level: z.number(), note: z.string(), reviewedAt: epochMs })),
});
export type SkillReview = z.output<typeof skillReviewSchema>;

export const skillsOverviewSchema = z.object({
  /** By name. */
  skills: z.array(skillSchema),
  /** The latest finished MOT. */
  lastReview: z.object({ id: z.number(), finishedAt: epochMs, skillsReviewed: z.number() }).nullable(),
  /** There are skills, and no MOT has been finished in the last year. */
  reviewDue: z.boolean(),
  /** An MOT started and not finished yet, to resume. */
  openReview: skillReviewSchema.nullable(),
});
export type SkillsOverview = z.output<typeof skillsOverviewSchema>;

export const skillGapSchema = z.object({
  outcomeId: z.number(),
  bid: z.object({ id: z.number(), title: z.string(), client: z.string().nullable() }),
  closedAs: oneOf(OUTCOME_STAGES, 'Closed as'),
  closedOn: z.string(),
  stageReached: stageSchema,
  /** Every reason given, the ones pointing at a gap marked. */
  reasons: z.array(z.object({ id: z.number(), label: z.string(), pointsAtGap: z.boolean() })),
  /** The start of the feedback, cut at a word. */
  feedbackExcerpt: z.string(),
  lesson: z.string(),
  skills: z.array(namedRefSchema),
});
export type SkillGap = z.output<typeof skillGapSchema>;

export const skillGapsSchema = z.object({ gaps: z.array(skillGapSchema), total: z.number() });
export type SkillGaps = z.output<typeof skillGapsSchema>;
