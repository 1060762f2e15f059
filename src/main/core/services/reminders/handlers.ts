import type { AreaHandlers } from '../../area-handlers';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import type { relationshipsContract } from '../../../../shared/contract/relationships';
import type { ReminderRules } from './freshness';
import { closeFeedbackRequest, completeReminder, createReminder, dismissReminder, listReminders, snoozeReminder, updateReminder } from './reminders';
import { getToday } from './today';
import { exportCalendar } from '../calendar/export';

type ReminderMethods = Pick<
  typeof relationshipsContract,
  'listReminders' | 'getToday' | 'createReminder' | 'updateReminder' | 'completeReminder' | 'snoozeReminder' | 'dismissReminder' | 'closeFeedbackRequest' | 'exportCalendar'
>;

/** Reads evaluate the rules first when anything may have changed; writes are read back through the same. */
export function remindersHandlers(db: Db, clock: Clock, rules: ReminderRules): AreaHandlers<ReminderMethods> {
  const fresh = <T>(read: () => T): T => {
    rules.refresh();
    return read();
  };
  return {
    listReminders: (input) => fresh(() => listReminders(db, input)),
    getToday: () => fresh(() => getToday(db, clock.now())),
    createReminder: (input) => createReminder(db, clock.now(), input),
    updateReminder: (input) => updateReminder(db, clock.now(), input),
    completeReminder: (input) => completeReminder(db, clock.now(), input),
    snoozeReminder: (input) => snoozeReminder(db, clock.now(), input),
    dismissReminder: (input) => dismissReminder(db, clock.now(), input),
    closeFeedbackRequest: (input) => closeFeedbackRequest(db, clock.now(), input),
    exportCalendar: () => fresh(() => exportCalendar(db, clock.now())),
  };
}
