/** Insights: the filters every chart shares, each chart's numbers, the findings, and the bids behind one bar. */
import { z } from 'zod';
import { OPEN_STAGES, REASON_CONTROLS, SOURCES } from '../domain';
import { calendarDateSchema, engagementSchema, epochMs, isCalendarDate, oneOf, recordId as id, sourceSchema, stageSchema } from './fields';

/** More agencies than anyone ticks in a filter; bounds the request, not the choice. */
const FILTER_CHOICES_MAX = 100;

/**
 * What the charts look at. The date range picks bids by the day they were created (a cohort), the same for
 * every chart, so that a funnel and its rejections describe the same bids; bench time, which is about
 * contracts rather than bids, takes the range alone (see `benchChartSchema`).
 */
export const insightFiltersSchema = z
  .strictObject({
    /** First day, inclusive. */
    from: calendarDateSchema.optional(),
    /** Last day, inclusive. */
    to: calendarDateSchema.optional(),
    engagement: engagementSchema.optional(),
    /** Agency ids, and `direct` for bids with no agency. */
    agencies: z
      .array(z.union([id, z.literal('direct')], 'Agencies must be agency ids, or "direct" for bids with no agency'))
      .max(FILTER_CHOICES_MAX)
      .optional(),
    sources: z.array(sourceSchema).max(SOURCES.length).optional(),
  })
  .superRefine((filters, ctx) => {
    if (isCalendarDate(filters.from) && isCalendarDate(filters.to) && filters.to < filters.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'End of the date range cannot be before its start' });
    }
  });
export type InsightFilters = z.input<typeof insightFiltersSchema>;

export const getInsightsSchema = z.strictObject({ filters: insightFiltersSchema });

/** The stages a bid passes through on the way to a win, which the funnel and time in stage count. */
const openStageSchema = oneOf(OPEN_STAGES, 'Stage');
/** The steps the results by agency and by source compare. */
export const RESULT_STEPS = ['submitted', 'interview', 'offer', 'won'] as const;
export type ResultStep = (typeof RESULT_STEPS)[number];
const resultStepSchema = oneOf(RESULT_STEPS, 'Step');
export const MONTHLY_SERIES = ['bids', 'rejections', 'wins'] as const;
export type MonthlySeries = (typeof MONTHLY_SERIES)[number];
export const BRIEF_OUTCOMES = ['won', 'lost'] as const;
export type BriefOutcome = (typeof BRIEF_OUTCOMES)[number];
/** Brief completeness is compared in four bands of a quarter each: 0–24 %, 25–49 %, 50–74 %, 75–100 %. */
export const BRIEF_BANDS = [0, 1, 2, 3] as const;
/** Feedback minus self-assessment, both 1–5. */
export const CALIBRATION_GAPS = [-4, -3, -2, -1, 0, 1, 2, 3, 4] as const;

/**
 * Whether a chart has enough behind it to be read: `have` of the `need` it takes, counted in `unit`. Below it, the
 * page says how many more are needed instead of drawing a chart that would mislead.
 */
const sufficiencyShape = {
  enoughData: z.boolean(),
  have: z.number(),
  need: z.number(),
  /** What is counted, plural: "rejections", "bids", "interviews with feedback". */
  unit: z.string(),
  /** One line in plain words: what the chart says, or how much more data it needs. */
  reading: z.string(),
};

export const reasonsChartSchema = z.object({
  ...sufficiencyShape,
  /** Reasons cited at least once: those in the user's control first, each group by count. */
  reasons: z.array(z.object({ reasonId: z.number(), label: z.string(), control: z.enum(REASON_CONTROLS), count: z.number() })),
  /** Lost bids with no reason recorded (no outcome yet, or one without reasons). */
  withoutReasons: z.number(),
  /** Lost bids in all (rejected, role pulled, no response). */
  rejections: z.number(),
  /** Lost bids citing at least one reason in the user's control, and at least one outside it. */
  citingMine: z.number(),
  citingOutside: z.number(),
});

export const stageReachedChartSchema = z.object({
  ...sufficiencyShape,
  stages: z.array(z.object({ stage: stageSchema, count: z.number() })),
  rejections: z.number(),
});

export const funnelChartSchema = z.object({
  ...sufficiencyShape,
  /** A bid counts at the furthest stage it ever reached and at every stage before it. */
  stages: z.array(z.object({ stage: openStageSchema, reached: z.number(), conversion: z.number().nullable() })),
  bids: z.number(),
});

const resultCountsShape = { submitted: z.number(), interview: z.number(), offer: z.number(), won: z.number() };
export const resultsChartSchema = z.object({
  ...sufficiencyShape,
  /** The five agencies with most bids submitted, bids with no agency, and the rest together. */
  byAgency: z.array(
    z.object({
      agency: z.union([z.number(), z.literal('direct'), z.literal('other')]),
      label: z.string(),
      /** How many agencies a row stands for: more than one for "Other agencies". */
      agencies: z.number(),
      ...resultCountsShape,
    }),
  ),
  bySource: z.array(z.object({ source: sourceSchema, label: z.string(), ...resultCountsShape })),
});

export const monthlyChartSchema = z.object({
  ...sufficiencyShape,
  /** Every month from the first to the last with anything in it, months without any included. */
  months: z.array(z.object({ month: z.string(), bids: z.number(), rejections: z.number(), wins: z.number() })),
});

export const calibrationInterviewSchema = z.object({
  interviewId: z.number(),
  bidId: z.number(),
  bidTitle: z.string(),
  round: z.number(),
  startsAt: epochMs,
  selfRating: z.number(),
  feedbackRating: z.number(),
  gap: z.number(),
});
export const calibrationChartSchema = z.object({
  ...sufficiencyShape,
  gaps: z.array(z.object({ gap: z.number(), count: z.number() })),
  /** Feedback minus self-assessment, averaged; null without any interview rated both ways. */
  meanGap: z.number().nullable(),
  interviews: z.number(),
  /** The latest interviews where the two views differ by two points or more ("worth a look"). */
  worthALook: z.array(calibrationInterviewSchema),
  worthALookTotal: z.number(),
});

export const briefChartSchema = z.object({
  ...sufficiencyShape,
  bands: z.array(z.object({ band: z.number(), label: z.string(), won: z.number(), lost: z.number(), lossRate: z.number().nullable() })),
  decided: z.number(),
});

export const timeInStageChartSchema = z.object({
  ...sufficiencyShape,
  stages: z.array(z.object({ stage: openStageSchema, medianDays: z.number().nullable(), stays: z.number() })),
});

export const benchGapSchema = z.object({
  /** The contract the gap ends with (its start); null for the bench the user is on today. */
  nextContractId: z.number().nullable(),
  previousContractId: z.number(),
  /** The previous contract's actual (or else planned) end, and the day the next one starts (or today). */
  endedOn: calendarDateSchema,
  nextStartOn: calendarDateSchema,
  days: z.number(),
});
/** Bench time is about contracts, not bids: only the date range applies (a gap counts if it overlaps it). */
export const benchChartSchema = z.object({
  ...sufficiencyShape,
  gaps: z.array(benchGapSchema),
  meanDays: z.number().nullable(),
  contracts: z.number(),
});

export const INSIGHT_CHARTS = ['reasons', 'stageReached', 'funnel', 'results', 'monthly', 'calibration', 'brief', 'timeInStage', 'bench'] as const;
export type InsightChart = (typeof INSIGHT_CHARTS)[number];

export const findingSchema = z.object({
  id: z.string(),
  /** The finding in one sentence, with its numbers. */
  text: z.string(),
  /** What it rests on: the counts it was computed from. */
  basis: z.string(),
  /** The chart to look at for more. */
  chart: z.enum(INSIGHT_CHARTS),
});
export type Finding = z.output<typeof findingSchema>;

export const insightsSchema = z.object({
  findings: z.array(findingSchema).max(5),
  reasons: reasonsChartSchema,
  stageReached: stageReachedChartSchema,
  funnel: funnelChartSchema,
  results: resultsChartSchema,
  monthly: monthlyChartSchema,
  calibration: calibrationChartSchema,
  brief: briefChartSchema,
  timeInStage: timeInStageChartSchema,
  bench: benchChartSchema,
});
export type Insights = z.output<typeof insightsSchema>;

/** One bar or point of one chart: what the user clicked, to list the bids behind it. */
export const insightPointSchema = z.discriminatedUnion(
  'chart',
  [
    z.strictObject({ chart: z.literal('reasons'), reason: z.union([id, z.literal('none')]) }),
    z.strictObject({ chart: z.literal('stageReached'), stage: stageSchema }),
    z.strictObject({ chart: z.literal('funnel'), stage: openStageSchema }),
    z.strictObject({ chart: z.literal('agency'), agency: z.union([id, z.literal('direct'), z.literal('other')]), step: resultStepSchema }),
    z.strictObject({ chart: z.literal('source'), source: sourceSchema, step: resultStepSchema }),
    z.strictObject({ chart: z.literal('monthly'), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Month must be in the form YYYY-MM'), series: oneOf(MONTHLY_SERIES, 'Series') }),
    z.strictObject({ chart: z.literal('calibration'), gap: z.int().min(-4).max(4) }),
    z.strictObject({ chart: z.literal('brief'), band: z.int().min(0).max(3), outcome: oneOf(BRIEF_OUTCOMES, 'Outcome') }),
    z.strictObject({ chart: z.literal('timeInStage'), stage: openStageSchema }),
    z.strictObject({ chart: z.literal('bench'), previousContractId: id }),
  ],
  'Chart point must name a chart (reasons, stageReached, funnel, agency, source, monthly, calibration, brief, timeInStage or bench) and the bar in it',
);
export type InsightPoint = z.input<typeof insightPointSchema>;

export const getInsightBidsSchema = z.strictObject({ filters: insightFiltersSchema, point: insightPointSchema });

/** How many bids a click-through lists; `total` says how many there are in all. */
export const INSIGHT_BIDS_LIMIT = 100;

export const insightBidSchema = z.object({
  id: z.number(),
  title: z.string(),
  clientName: z.string().nullable(),
  stage: stageSchema,
  /** The date that places the bid in the chart (see `dateLabel`), as a calendar date. */
  on: calendarDateSchema,
});
export const insightBidsSchema = z.object({
  /** What `on` is for this chart: "Closed on", "Created on", "Interview on", … */
  dateLabel: z.string(),
  bids: z.array(insightBidSchema).max(INSIGHT_BIDS_LIMIT),
  total: z.number(),
});
export type InsightBids = z.output<typeof insightBidsSchema>;
