/** Relationships: an interaction logged with one or more contacts, and what the core gives back. */
import { z } from 'zod';
import { INTERACTION_CHANNELS, REMINDER_KINDS } from '../domain';
import { timeOfDaySchema } from './interviews';
import { calendarDateSchema, contactRefSchema, epochMs, namedRefSchema, oneOf, recordId as id, requiredText, text } from './fields';

/** More people in one conversation than any real one has; bounds the input, not the user. */
export const INTERACTION_LIMITS = { contacts: 20, summaryChars: 2_000 } as const;
export const REMINDER_LIMITS = { titleChars: 200, noteChars: 2_000 } as const;
/** How many reminders each of Today's groups lists: more than a day's work; the rest are counted. */
export const TODAY_GROUP_SHOWN = 100;

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

/** Whose open reminders to list: a contact's or a bid's; none given, every open one. */
export const remindersQuerySchema = z
  .strictObject({ contactId: id.optional(), bidId: id.optional() })
  .refine((query) => query.contactId === undefined || query.bidId === undefined, {
    message: 'Contact id and Bid id: give one or neither, to say whose reminders to list',
    path: ['contactId'],
  })
  .optional();

/** A reminder as the user writes it: what, a note, and when (the day, and the time if given; 09:00 if not). */
const reminderFields = {
  title: requiredText('Title', REMINDER_LIMITS.titleChars),
  note: text('Note', REMINDER_LIMITS.noteChars),
  dueDate: calendarDateSchema,
  dueTime: z
    .string('Due time must be a time of day on the 24-hour clock, such as 09:30')
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Due time must be a time of day on the 24-hour clock, such as 09:30')
    .nullable(),
};

export const createReminderSchema = z.strictObject({ ...reminderFields, contactId: id.nullable(), bidId: id.nullable() });
export type CreateReminderInput = z.input<typeof createReminderSchema>;

/** A reminder edited: the user's own in full; one a rule made keeps the rule's date (snooze puts it off). */
export const updateReminderSchema = z.strictObject({ reminderId: id, ...reminderFields });
export type UpdateReminderInput = z.input<typeof updateReminderSchema>;

/** The Today view: open reminders by when they show, worked out on the core's clock and the user's calendar. */
export const todaySchema = z.object({
  /** The core's now, so that the page counts days from the same instant (a fixed clock in demos and tests). */
  now: epochMs,
  /** Each group's first reminders, soonest first (at most `TODAY_GROUP_SHOWN`); `counts` says how many in all. */
  overdue: z.array(reminderSchema),
  today: z.array(reminderSchema),
  /** The next seven days after today. */
  week: z.array(reminderSchema),
  later: z.array(reminderSchema),
  counts: z.object({ overdue: z.number(), today: z.number(), week: z.number(), later: z.number() }),
  /** Whether there is any bid or contact at all: Today is the home page once there is. */
  hasData: z.boolean(),
});
export type Today = z.output<typeof todaySchema>;

export const closeFeedbackRequestSchema = z.strictObject({ bidId: id });

export const reminderIdSchema = z.strictObject({ reminderId: id });

export const snoozeReminderSchema = z.strictObject({
  reminderId: id,
  /** Until when: the renderer turns "1 day", "1 week" or a date into this instant. */
  until: z.number('Snooze until must be a date and time').int('Snooze until must be a date and time'),
});
