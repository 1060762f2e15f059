import type { relationshipsContract } from '../../../../shared/contract/relationships';
import type { AreaHandlers } from '../../area-handlers';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import type { ReminderRules } from '../reminders/freshness';
import { remindersHandlers } from '../reminders/handlers';
import { listInteractions, logInteraction } from './interactions';

export function relationshipsHandlers(db: Db, clock: Clock, rules: ReminderRules): AreaHandlers<typeof relationshipsContract> {
  return {
    logInteraction: (input) => logInteraction(db, clock.now(), input),
    listInteractions: (input) => listInteractions(db, input),
    ...remindersHandlers(db, clock, rules),
  };
}
