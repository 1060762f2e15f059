/** Interviews on a bid: the form's fields, the self-assessment, the feedback, and what the core gives back. */
import { z } from 'zod';
import { DEFAULT_INTERVIEW_PREP, INTERVIEW_FORMATS } from '../domain';
import { canonicalTimeZone } from '../time-zone';
import {
  calendarDateSchema,
  checklistItemSchema,
  contactRefSchema,
  epochMs,
  LIMITS,
  namedRefSchema,
  oneOf,
  recordId as id,
  text,
} from './fields';

/** More rounds or interviewers than any real process has; bounds the input, not the user. */
export const INTERVIEW_LIMITS = { rounds: 20, interviewers: 20 } as const;

export const interviewFormatSchema = oneOf(INTERVIEW_FORMATS, 'Format');

export const roundSchema = z
  .int(`Round must be a whole number from 1 to ${INTERVIEW_LIMITS.rounds}`)
  .min(1, 'Round must be at least 1')
  .max(INTERVIEW_LIMITS.rounds, `Round can be at most ${INTERVIEW_LIMITS.rounds}`);

/** A time of day on the 24-hour clock, as `<input type="time">` gives it. */
export const timeOfDaySchema = z
  .string('Time is required')
  .min(1, 'Time is required')
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Time must be a time of day on the 24-hour clock, such as 09:30 or 14:00');

const TIME_ZONE_MESSAGE = 'Time zone must be a zone name such as Europe/London or America/New_York';
/** Longer than any zone's name ("America/Argentina/ComodRivadavia" has 32 characters): bounds the lookup, and the refusal that quotes it. */
const TIME_ZONE_CHARS = 64;

/** An IANA zone name, stored under its canonical spelling. */
export const timeZoneSchema = z
  .string('Time zone is required')
  .max(TIME_ZONE_CHARS, TIME_ZONE_MESSAGE)
  .transform((name, ctx) => {
    const canonical = canonicalTimeZone(name.trim());
    if (canonical) return canonical;
    ctx.addIssue({ code: 'custom', message: `${TIME_ZONE_MESSAGE}; “${name}” is not one` });
    return z.NEVER;
  });

export const ratingSchema = z
  .int('Rating must be a whole number from 1 to 5')
  .min(1, 'Rating must be a whole number from 1 to 5')
  .max(5, 'Rating must be a whole number from 1 to 5');

/** A new interview's checklist: what preparing well means (DOMAIN.md), nothing ticked yet. */
export function defaultInterviewPrep(): { label: string; done: boolean }[] {
  return DEFAULT_INTERVIEW_PREP.map((label) => ({ label, done: false }));
}

const interviewFieldsShape = {
  /** When it starts, as the user reads it on their clock in `timeZone`. */
  date: calendarDateSchema,
  time: timeOfDaySchema,
  timeZone: timeZoneSchema,
  format: interviewFormatSchema,
  /** Contacts picked (`id`) or typed in (`name`); one typed twice is kept once. */
  interviewers: z.array(contactRefSchema).max(INTERVIEW_LIMITS.interviewers, `An interview can have at most ${INTERVIEW_LIMITS.interviewers} interviewers`),
  prepChecklist: z
    .array(checklistItemSchema)
    .max(LIMITS.checklistItems, `A checklist can have at most ${LIMITS.checklistItems} items`),
  questions: text('Questions they asked', LIMITS.notesChars),
  notes: text('Notes', LIMITS.notesChars),
};

export const createInterviewSchema = z.strictObject({
  bidId: id,
  /** The round after the bid's latest one when left out. */
  round: roundSchema.optional(),
  ...interviewFieldsShape,
  interviewers: interviewFieldsShape.interviewers.default([]),
  prepChecklist: interviewFieldsShape.prepChecklist.default(defaultInterviewPrep),
  questions: interviewFieldsShape.questions.default(''),
  notes: interviewFieldsShape.notes.default(''),
});
export type CreateInterviewInput = z.input<typeof createInterviewSchema>;

export const updateInterviewSchema = z.strictObject({ interviewId: id, round: roundSchema, ...interviewFieldsShape });
export type UpdateInterviewInput = z.input<typeof updateInterviewSchema>;

export const interviewIdSchema = z.strictObject({ interviewId: id });
export const bidInterviewsSchema = z.strictObject({ bidId: id });

/** How the user felt it went, taken once the interview has started and, ideally, before any feedback. */
export const selfAssessmentInputSchema = z.strictObject({
  interviewId: id,
  rating: ratingSchema,
  note: text('Note', LIMITS.notesChars).default(''),
});
export type SelfAssessmentInput = z.input<typeof selfAssessmentInputSchema>;

/** What came back from them. */
export const feedbackInputSchema = z.strictObject({
  interviewId: id,
  rating: ratingSchema,
  text: text('Feedback', LIMITS.notesChars).default(''),
  from: contactRefSchema.nullable().default(null),
  receivedOn: calendarDateSchema,
});
export type FeedbackInput = z.input<typeof feedbackInputSchema>;

export const interviewSchema = z.object({
  id: z.number(),
  bidId: z.number(),
  round: z.number(),
  /** The instant it starts. */
  startsAt: epochMs,
  timeZone: z.string(),
  /** `startsAt` read back in `timeZone`: the date and time the user typed. */
  date: z.string(),
  time: z.string(),
  format: interviewFormatSchema,
  interviewers: z.array(namedRefSchema),
  prepChecklist: z.array(z.object({ label: z.string(), done: z.boolean() })),
  questions: z.string(),
  notes: z.string(),
  /** Its start time has passed: a self-assessment is now asked for, and accepted. */
  hasTakenPlace: z.boolean(),
  selfAssessment: z.object({ rating: z.number(), note: z.string(), assessedAt: epochMs }).nullable(),
  feedback: z
    .object({ rating: z.number(), text: z.string(), from: namedRefSchema.nullable(), receivedOn: z.string(), recordedAt: epochMs })
    .nullable(),
  /** Feedback rating minus self-rating (−4 to 4); null until both are in. */
  calibrationGap: z.number().nullable(),
  /** Whether the self-assessment was saved before the feedback was recorded, so it was the user's own view; null until both are in. */
  selfBeforeFeedback: z.boolean().nullable(),
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type Interview = z.output<typeof interviewSchema>;
