import { afterEach, describe, expect, it } from 'vitest';
import { createReminderSchema } from '../../../../shared/schemas';
import { tempApi } from '../../test-support/temp-database';
import { localDateAt } from '../contracts/calendar-days';
import { startDueTimer, watchDueReminders } from './due-watch';
import { reminderRules } from './freshness';

const HOUR = 3_600_000;
let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

describe('reminders falling due while Stint runs', () => {
  it('are handed over once each as they fall due, none of those already due at start, none when notifications are off', () => {
    setup = tempApi();
    const remind = (title: string, hoursAhead: number) => {
      const due = new Date(setup.clock.now() + hoursAhead * HOUR);
      const dueTime = `${String(due.getHours()).padStart(2, '0')}:${String(due.getMinutes()).padStart(2, '0')}`;
      setup.api.createReminder(createReminderSchema.parse({ title, note: '', dueDate: localDateAt(due.getTime()), dueTime, contactId: null, bidId: null }));
    };
    remind('Already due', 0);
    remind('In an hour', 1);
    remind('In two hours', 2);

    const notified: string[][] = [];
    let tick: () => void = () => {};
    const stop = startDueTimer(
      watchDueReminders(setup.database.db, setup.clock, reminderRules(setup.database.db, setup.clock)),
      (due) => notified.push(due.map((reminder) => reminder.title)),
      { setInterval: (run) => (tick = run), clearInterval: () => (tick = () => {}) },
    );
    expect(notified).toEqual([]);
    setup.clock.advance(HOUR);
    tick();
    tick();
    expect(notified).toEqual([['In an hour']]);
    setup.api.saveSettings({ ...setup.api.getSettings(undefined), notifications: false });
    setup.clock.advance(HOUR);
    tick();
    expect(notified).toEqual([['In an hour']]);
    stop();
  });
});
