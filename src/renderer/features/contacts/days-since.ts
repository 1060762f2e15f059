import { differenceInCalendarDays } from 'date-fns';

/** "Today", "Yesterday", "12 days ago", or "Never" for someone not yet in touch: from the user's calendar days. */
export function daysSince(at: number | null, now: number): string {
  if (at === null) return 'Never';
  const days = differenceInCalendarDays(now, at);
  if (days <= 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return `${days} days ago`;
}

/** "Overdue by 3 days", "Due today", "Due in 12 days", or "" when nothing is due. */
export function dueIn(at: number | null, now: number): string {
  if (at === null) return '';
  const days = differenceInCalendarDays(at, now);
  if (days < 0) return `Overdue by ${-days} ${days === -1 ? 'day' : 'days'}`;
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  return `Due in ${days} days`;
}
