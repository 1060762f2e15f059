import type { settingsContract } from '../../../../shared/contract/settings';
import type { AreaHandlers } from '../../area-handlers';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import { evaluateReminders } from '../reminders/evaluate';
import { getSettings, saveSettings } from './settings';

export function settingsHandlers(db: Db, clock: Clock): AreaHandlers<typeof settingsContract> {
  return {
    getSettings: () => getSettings(db),
    saveSettings: (input) => saveSettings(db, clock.now(), input, (tx) => evaluateReminders(tx, clock.now())),
  };
}
