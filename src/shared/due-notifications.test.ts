import { describe, expect, it } from 'vitest';
import { dueNotifications } from './due-notifications';

const reminder = (id: number, link: { contact?: number; bid?: number } = {}) => ({
  id,
  title: `Reminder ${id}`,
  why: `Because ${id}`,
  contact: link.contact ? { id: link.contact } : null,
  bid: link.bid ? { id: link.bid } : null,
});

describe('notifications for reminders falling due', () => {
  it('are one per reminder for a few, each leading to its bid, contact or Today', () => {
    expect(dueNotifications([reminder(1, { contact: 4 }), reminder(2, { bid: 7, contact: 4 }), reminder(3)])).toEqual([
      { title: 'Reminder 1', body: 'Because 1', address: '#/contacts?contact=4', tag: 'reminder-1' },
      { title: 'Reminder 2', body: 'Because 2', address: '#/today?bid=7', tag: 'reminder-2' },
      { title: 'Reminder 3', body: 'Because 3', address: '#/today', tag: 'reminder-3' },
    ]);
  });

  it('sum up a larger batch in one, leading to Today', () => {
    expect(dueNotifications([1, 2, 3, 4].map((id) => reminder(id)))).toEqual([
      { title: '4 reminders are due', body: 'Reminder 1\nReminder 2\nReminder 3\n…', address: '#/today', tag: 'reminders-due' },
    ]);
  });
});
