/** Where a reminder leads in the app (an address in the hash): its contact's page, its bid, or Today. */
export function reminderAddress(reminder: { contact: { id: number } | null; bid: { id: number } | null }): string {
  if (reminder.bid) return `#/today?bid=${reminder.bid.id}`;
  if (reminder.contact) return `#/contacts?contact=${reminder.contact.id}`;
  return '#/today';
}

/** When an open reminder shows: when it falls due, or when its snooze ends if that is later (the core's SHOWS_AT). */
export function reminderShowsAt(reminder: { dueAt: number; snoozedUntil: number | null }): number {
  return Math.max(reminder.dueAt, reminder.snoozedUntil ?? 0);
}
