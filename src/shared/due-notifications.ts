/**
 * The notifications for reminders that fell due together, in the desktop app and in the browser: one each for a
 * few, and one that sums them up beyond that (a morning's batch should not stack a dozen toasts).
 */
import { reminderAddress } from './record-address';

export const NOTIFICATIONS_AT_ONCE = 3;

export interface DueNotification {
  title: string;
  body: string;
  /** Where clicking it leads in the app. */
  address: string;
  /** Replaces an earlier notification with the same tag rather than stacking. */
  tag: string;
}

interface DueReminder {
  id: number;
  title: string;
  why: string;
  contact: { id: number } | null;
  bid: { id: number } | null;
}

export function dueNotifications(due: readonly DueReminder[]): DueNotification[] {
  if (due.length <= NOTIFICATIONS_AT_ONCE) {
    return due.map((reminder) => ({ title: reminder.title, body: reminder.why, address: reminderAddress(reminder), tag: `reminder-${reminder.id}` }));
  }
  return [{ title: `${due.length} reminders are due`, body: due.map((reminder) => reminder.title).slice(0, NOTIFICATIONS_AT_ONCE).join('\n') + '\n…', address: '#/today', tag: 'reminders-due' }];
}
