import { noInputSchema, settingsSchema } from '../schemas';
import { method } from './method';

export const settingsContract = {
  getSettings: method(noInputSchema, settingsSchema, 'The reminder settings: cadences, the live-bids target, working days, notifications.'),
  saveSettings: method(settingsSchema, settingsSchema, 'Saves the reminder settings; reminders still open take the new cadences at once.'),
};
