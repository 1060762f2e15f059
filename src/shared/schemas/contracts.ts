/** The contract a won bid became: its dates, agreed rate and the history of its end, and the work summary built on them. */
import { z } from 'zod';
import { calendarDateSchema, epochMs, isCalendarDate, LIMITS, moneySchema, rateSchema, recordId, text } from './fields';

export const bidContractRefSchema = z.strictObject({ bidId: recordId });

export const saveContractSchema = z
  .strictObject({
    bidId: recordId,
    startOn: calendarDateSchema,
    plannedEndOn: calendarDateSchema,
    actualEndOn: calendarDateSchema.nullable(),
    rate: rateSchema.nullable(),
  })
  .superRefine((contract, ctx) => {
    // Compared only once the dates are dates: a start typed wrong is reported as that, not as an end before it.
    if (!isCalendarDate(contract.startOn)) return;
    if (isCalendarDate(contract.plannedEndOn) && contract.plannedEndOn < contract.startOn) {
      ctx.addIssue({ code: 'custom', path: ['plannedEndOn'], message: 'Planned end cannot be before the start' });
    }
    if (isCalendarDate(contract.actualEndOn) && contract.actualEndOn < contract.startOn) {
      ctx.addIssue({ code: 'custom', path: ['actualEndOn'], message: 'Actual end cannot be before the start' });
    }
  });
export type SaveContractInput = z.input<typeof saveContractSchema>;

/** An extension (a later end) or an end brought forward, with what was agreed. */
export const changeContractEndSchema = z.strictObject({
  bidId: recordId,
  toEndOn: calendarDateSchema,
  note: text('Note', LIMITS.moveNoteChars).default(''),
});
export type ChangeContractEndInput = z.input<typeof changeContractEndSchema>;

export const contractEndChangeSchema = z.object({ id: z.number(), fromEndOn: z.string(), toEndOn: z.string(), at: epochMs, note: z.string() });

export const contractSchema = z.object({
  id: z.number(),
  bidId: z.number(),
  startOn: z.string(),
  plannedEndOn: z.string(),
  actualEndOn: z.string().nullable(),
  rate: moneySchema.nullable(),
  /** Oldest first. */
  endChanges: z.array(contractEndChangeSchema),
});
export type Contract = z.output<typeof contractSchema>;

const bidRefSchema = z.object({ id: z.number(), title: z.string() });

export const workSummarySchema = z.object({
  /** The contract running today; null when on the bench. */
  current: z.object({ bid: bidRefSchema, endsOn: z.string(), daysLeft: z.number() }).nullable(),
  /** On the bench today after a contract ended: since its last day, and the days so far. */
  currentBench: z.object({ since: z.string(), days: z.number() }).nullable(),
  /** Between each contract and the next by start date; `days` strictly between `from` (last day worked) and `to`. */
  benchPeriods: z.array(z.object({ after: bidRefSchema, before: bidRefSchema, from: z.string(), to: z.string(), days: z.number() })),
  /** Null without any contract. */
  utilisation: z.object({ from: z.string(), to: z.string(), days: z.number(), daysUnderContract: z.number(), share: z.number() }).nullable(),
});
export type WorkSummary = z.output<typeof workSummarySchema>;
