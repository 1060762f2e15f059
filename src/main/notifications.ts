/**
 * Desktop notifications for reminders that fall due while the app runs, kept apart from Electron's objects so
 * that it is tested in plain Node: `show` is given Electron's `Notification`, `open` the window.
 */
import type { Reminder } from '../shared/schemas';
import { dueNotifications, type DueNotification } from '../shared/due-notifications';

/** Windows shows no notification for an app without one (electron #10864); it also groups them under it. */
export const APP_USER_MODEL_ID = 'app.stint.desktop';

export interface NotificationPort {
  isSupported(): boolean;
  /** Shows one; `onClick` runs when the user clicks it. */
  show(notification: DueNotification, onClick: () => void): void;
}

export function notifyDue(due: readonly Reminder[], port: NotificationPort, open: (address: string) => void): void {
  if (!port.isSupported()) return;
  for (const notification of dueNotifications(due)) port.show(notification, () => open(notification.address));
}

/** The script that takes the page to `address` (an app address in the hash; the page follows hash changes). */
export function goToAddressScript(address: string): string {
  if (!address.startsWith('#/')) throw new Error(`Not an app address: ${address}`);
  return `window.location.hash = ${JSON.stringify(address)};`;
}
