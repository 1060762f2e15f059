import { z } from 'zod';
import {
  closeFeedbackRequestSchema,
  createReminderSchema,
  interactionSchema,
  interactionsQuerySchema,
  logInteractionSchema,
  noInputSchema,
  reminderIdSchema,
  reminderSchema,
  remindersQuerySchema,
  snoozeReminderSchema,
  todaySchema,
  updateReminderSchema,
} from '../schemas';
import { method } from './method';

export const relationshipsContract = {
  logInteraction: method(logInteractionSchema, interactionSchema, "Records a call, email, meeting… with one or more contacts (any typed in are added), on a day up to today."),
  listInteractions: method(interactionsQuerySchema, z.array(interactionSchema), "A contact's or a bid's interactions, latest first."),
  listReminders: method(remindersQuerySchema, z.array(reminderSchema), "Open reminders (a contact's, a bid's, or all), the rules evaluated first, soonest first (a snoozed one from when it shows again)."),
  getToday: method(noInputSchema, todaySchema, 'The Today view: open reminders overdue, due today, this week and later, with the core’s clock.'),
  createReminder: method(createReminderSchema, reminderSchema, 'Sets a reminder of the user’s own, on a bid, a contact or neither.'),
  updateReminder: method(updateReminderSchema, reminderSchema, 'Edits a reminder: the title of any; the note and date of one the user set.'),
  exportCalendar: method(noInputSchema, z.object({ fileName: z.string(), content: z.string() }), 'Open reminders and upcoming interviews as an .ics file for Google Calendar or Outlook.'),
  closeFeedbackRequest: method(closeFeedbackRequestSchema, z.object({ id: z.number() }), 'Closes the bid’s feedback request as "no feedback": no more follow-ups for it.'),
  completeReminder: method(reminderIdSchema, z.object({ id: z.number() }), 'Marks a reminder done; one made by a rule never comes back for the same trigger.'),
  snoozeReminder: method(snoozeReminderSchema, reminderSchema, 'Puts a reminder off until a later instant; its due date is kept.'),
  dismissReminder: method(reminderIdSchema, z.object({ id: z.number() }), 'Deletes a reminder from view; one made by a rule is kept dismissed, so that it is not made again.'),
};
