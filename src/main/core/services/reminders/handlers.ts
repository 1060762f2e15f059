import type { AreaHandlers } from '../../area-handlers';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import type { relationshipsContract } from '../../../../shared/contract/relationships';
import { completeReminder, dismissReminder, listReminders, snoozeReminder } from './reminders';

type ReminderMethods = Pick<typeof relationshipsContract, 'listReminders' | 'completeReminder' | 'snoozeReminder' | 'dismissReminder'>;

export function remindersHandlers(db: Db, clock: Clock): AreaHandlers<ReminderMethods> {
  return {
    listReminders: () => listReminders(db, clock.now()),
    completeReminder: (input) => completeReminder(db, clock.now(), input),
    snoozeReminder: (input) => snoozeReminder(db, clock.now(), input),
    dismissReminder: (input) => dismissReminder(db, clock.now(), input),
  };
}
