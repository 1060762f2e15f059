/** The board: its filters, its lanes and the cards in them. */
import { z } from 'zod';
import { STAGES } from '../domain';
import {
  engagementSchema,
  epochMs,
  LIMITS,
  moneySchema,
  prioritySchema,
  recordId as id,
  stageSchema,
  tagSchema,
  text,
} from './fields';

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
  /** An interview whose time has passed with no self-assessment yet: the card asks "How did the interview go?". */
  interviewToAssess: z.number().nullable(),
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

