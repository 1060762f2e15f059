import { useEffect, useRef } from 'react';
import { dueNotifications } from '../../../shared/due-notifications';
import { reminderShowsAt } from '../../../shared/record-address';
import type { Today } from '../../../shared/schemas';

/** Inside the desktop app, the main process shows notifications; the page shows them only in a browser. */
export const inBrowser = () => !('stint' in window);

/**
 * In the browser host: a notification for each reminder that began to show since Today was last read (none at
 * the first reading, so that opening Stint does not replay the overdue ones), once the user has allowed them.
 */
export function useBrowserNotifications(today: Today | undefined, enabled: boolean): void {
  const lastNow = useRef<number | null>(null);
  useEffect(() => {
    if (!today) return;
    const since = lastNow.current;
    lastNow.current = today.now;
    if (since === null || !enabled || !inBrowser() || typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    const fresh = [...today.overdue, ...today.today].filter((reminder) => reminderShowsAt(reminder) > since && reminderShowsAt(reminder) <= today.now);
    for (const notification of dueNotifications(fresh)) {
      const shown = new Notification(notification.title, { body: notification.body, tag: notification.tag });
      shown.onclick = () => {
        window.focus();
        window.location.hash = notification.address;
      };
    }
  }, [today, enabled]);
}
