/** Relationships: an interaction logged with one or more contacts, and what the core gives back. */
import { z } from 'zod';
import { INTERACTION_CHANNELS, REMINDER_KINDS } from '../domain';
import { timeOfDaySchema } from './interviews';
import { calendarDateSchema, contactRefSchema, epochMs, namedRefSchema, oneOf, recordId as id, text } from './fields';

/** More people in one conversation than any real one has; bounds the input, not the user. */
export const INTERACTION_LIMITS = { contacts: 20, summaryChars: 2_000 } as const;

export const interactionChannelSchema = oneOf(INTERACTION_CHANNELS, 'Channel');

export const logInteractionSchema = z.strictObject({
  /** The day it happened (back-dating allowed; not later than today) and, if the user gives it, the time. */
  date: calendarDateSchema,
  time: timeOfDaySchema.nullable(),
  channel: interactionChannelSchema,
  /** Contacts picked (`id`) or typed in (`name`); one typed twice is kept once. */
  contacts: z
    .array(contactRefSchema)
    .min(1, 'Contacts must name at least one person')
    .max(INTERACTION_LIMITS.contacts, `An interaction can have at most ${INTERACTION_LIMITS.contacts} contacts`),
  /** The bid it was about, if any. */
  bidId: id.nullable(),
  summary: text('Summary', INTERACTION_LIMITS.summaryChars),
});
export type LogInteractionInput = z.input<typeof logInteractionSchema>;

/** Whose interactions to list: a contact's, or a bid's (one of the two). */
export const interactionsQuerySchema = z
  .strictObject({ contactId: id.optional(), bidId: id.optional() })
  .refine((query) => (query.contactId === undefined) !== (query.bidId === undefined), {
    message: 'Contact id or Bid id: give exactly one, to say whose interactions to list',
    path: ['contactId'],
  });

export const interactionSchema = z.object({
  id: z.number(),
  occurredAt: epochMs,
  channel: interactionChannelSchema,
  summary: z.string(),
  contacts: z.array(namedRefSchema),
  bid: namedRefSchema.nullable(),
  createdAt: epochMs,
});
export type Interaction = z.output<typeof interactionSchema>;

export const reminderSchema = z.object({
  id: z.number(),
  kind: oneOf(REMINDER_KINDS, 'Kind'),
  title: z.string(),
  /** Why it exists, in words. */
  why: z.string(),
  dueAt: epochMs,
  /** Put off until then, if snoozed; it shows again from then. */
  snoozedUntil: epochMs.nullable(),
  contact: namedRefSchema.nullable(),
  bid: namedRefSchema.nullable(),
  /** Made by a rule (its kind), or null when the user set it. */
  rule: oneOf(REMINDER_KINDS, 'Rule').nullable(),
});
export type Reminder = z.output<typeof reminderSchema>;

export const reminderIdSchema = z.strictObject({ reminderId: id });

export const snoozeReminderSchema = z.strictObject({
  reminderId: id,
  /** Until when: the renderer turns "1 day", "1 week" or a date into this instant. */
  until: z.number('Snooze until must be a date and time').int('Snooze until must be a date and time'),
});
