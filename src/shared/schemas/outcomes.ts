/** What a closed bid taught: rejection reasons (built in or the user's own), the outcome, suggested reasons. */
import { z } from 'zod';
import { BUILT_IN_REASON_CODES, OPEN_STAGES, OUTCOME_STAGES, REASON_CONTROLS } from '../domain';
import { calendarDateSchema, contactRefSchema, epochMs, isCalendarDate, namedRefSchema, oneOf, recordId, requiredText, text } from './fields';

export const OUTCOME_LIMITS = {
  reasonLabelChars: 80,
  reasonsPerOutcome: 20,
  feedbackChars: 20_000,
  lessonChars: 2_000,
} as const;

export const reasonControlSchema = oneOf(REASON_CONTROLS, 'Control (mine or outside)');
export const builtInReasonCodeSchema = oneOf(BUILT_IN_REASON_CODES, 'Reason code');
/** The stage a bid had reached when it closed: one it moved through while it was alive. */
export const stageReachedSchema = oneOf(OPEN_STAGES, 'Stage reached');
const reasonLabel = requiredText('Reason', OUTCOME_LIMITS.reasonLabelChars);

export const rejectionReasonSchema = z.object({
  id: z.number(),
  /** Built-in reasons have a code, and cannot be renamed or retired; the user's own have none. */
  code: builtInReasonCodeSchema.nullable(),
  label: z.string(),
  control: reasonControlSchema,
  /** The reason points at something to develop, and shows on the Skills page. */
  pointsAtGap: z.boolean(),
  /** Retired reasons stay on the outcomes that cite them but are no longer offered. */
  retired: z.boolean(),
});
export type RejectionReason = z.output<typeof rejectionReasonSchema>;

/** Every reason, grouped "in my control" / "outside my control": built-ins first, in the taxonomy's order. */
export const reasonListSchema = z.object({ mine: z.array(rejectionReasonSchema), outside: z.array(rejectionReasonSchema) });
export type ReasonList = z.output<typeof reasonListSchema>;

export const addReasonSchema = z.strictObject({
  label: reasonLabel,
  control: reasonControlSchema,
  pointsAtGap: z.boolean().default(false),
});

export const renameReasonSchema = z.strictObject({ reasonId: recordId, label: reasonLabel });

export const setReasonRetiredSchema = z.strictObject({ reasonId: recordId, retired: z.boolean() });

export const bidOutcomeQuerySchema = z.strictObject({ bidId: recordId });

/** What a user records about a closed bid. Dates are calendar dates; the later ones cannot come first. */
export const saveOutcomeSchema = z
  .strictObject({
    bidId: recordId,
    /** The move that closed the bid, as the dialog saw it: an outcome never lands on another closing. */
    closingEventId: recordId,
    reasonIds: z
      .array(recordId)
      .max(OUTCOME_LIMITS.reasonsPerOutcome, `An outcome can have at most ${OUTCOME_LIMITS.reasonsPerOutcome} reasons`)
      .transform((ids) => [...new Set(ids)]),
    stageReached: stageReachedSchema,
    closedOn: calendarDateSchema,
    feedbackRequestedOn: calendarDateSchema.nullable(),
    feedbackReceivedOn: calendarDateSchema.nullable(),
    feedbackText: text('Feedback', OUTCOME_LIMITS.feedbackChars),
    feedbackFrom: contactRefSchema.nullable(),
    thankYouSent: z.boolean(),
    doorLeftOpen: z.boolean(),
    lesson: text('Lesson learned', OUTCOME_LIMITS.lessonChars),
  })
  // Only the order of the feedback dates is checked: feedback may be chased before a bid is given up on as
  // "no response", and a rejection is often recorded days after the call that gave it.
  .superRefine((outcome, ctx) => {
    const { feedbackRequestedOn: requested, feedbackReceivedOn: received } = outcome;
    // Runs even when a date was refused as malformed; that refusal is the one to show.
    if (!isCalendarDate(requested) || !isCalendarDate(received)) return;
    if (received < requested) {
      ctx.addIssue({ code: 'custom', path: ['feedbackReceivedOn'], message: 'Feedback received on cannot be before the day it was requested' });
    }
  });
export type SaveOutcomeInput = z.input<typeof saveOutcomeSchema>;

export const outcomeSchema = z.object({
  id: z.number(),
  bidId: z.number(),
  closingEventId: z.number(),
  closedAs: oneOf(OUTCOME_STAGES, 'Closed as'),
  stageReached: stageReachedSchema,
  closedOn: z.string(),
  feedbackRequestedOn: z.string().nullable(),
  feedbackReceivedOn: z.string().nullable(),
  feedbackText: z.string(),
  feedbackFrom: namedRefSchema.nullable(),
  thankYouSent: z.boolean(),
  doorLeftOpen: z.boolean(),
  lesson: z.string(),
  /** In the order of the reason list: built-ins first. */
  reasons: z.array(rejectionReasonSchema),
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type Outcome = z.output<typeof outcomeSchema>;

/**
 * A bid's latest closing as Rejected, Role pulled or No response, and what was recorded about it. `closing` says
 * what a new outcome starts from (the stage reached is the furthest one in the stage history before it);
 * `current` is false once the bid has moved on from it, when the outcome can be read but no longer changed.
 */
export const bidOutcomeSchema = z.object({
  closing: z
    .object({
      eventId: z.number(),
      closedAs: oneOf(OUTCOME_STAGES, 'Closed as'),
      at: epochMs,
      stageReached: stageReachedSchema,
      current: z.boolean(),
    })
    .nullable(),
  outcome: outcomeSchema.nullable(),
  /** What was recorded when the bid closed before, newest first: a bid revived and lost again keeps both lessons. */
  earlier: z.array(outcomeSchema),
});
export type BidOutcome = z.output<typeof bidOutcomeSchema>;

export const suggestReasonsSchema = z.strictObject({ text: text('Feedback', OUTCOME_LIMITS.feedbackChars) });

/** A built-in reason the feedback points at, and the words of the feedback that point at it. */
export const reasonSuggestionSchema = z.object({ reason: builtInReasonCodeSchema, phrase: z.string() });
export type ReasonSuggestion = z.output<typeof reasonSuggestionSchema>;
