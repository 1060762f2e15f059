import { z } from 'zod';
import { interactionSchema, interactionsQuerySchema, logInteractionSchema, noInputSchema, reminderIdSchema, reminderSchema, snoozeReminderSchema } from '../schemas';
import { method } from './method';

export const relationshipsContract = {
  logInteraction: method(logInteractionSchema, interactionSchema, "Records a call, email, meeting… with one or more contacts (any typed in are added), on a day up to today."),
  listInteractions: method(interactionsQuerySchema, z.array(interactionSchema), "A contact's or a bid's interactions, latest first."),
  listReminders: method(noInputSchema, z.array(reminderSchema), 'Open reminders, the rules evaluated first, soonest first (a snoozed one from when it shows again).'),
  completeReminder: method(reminderIdSchema, z.object({ id: z.number() }), 'Marks a reminder done; one made by a rule never comes back for the same trigger.'),
  snoozeReminder: method(snoozeReminderSchema, reminderSchema, 'Puts a reminder off until a later instant; its due date is kept.'),
  dismissReminder: method(reminderIdSchema, z.object({ id: z.number() }), 'Deletes a reminder from view; one made by a rule is kept dismissed, so that it is not made again.'),
};
