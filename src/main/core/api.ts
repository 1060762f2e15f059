import type { ApiHandlers } from '../../shared/contract';
import type { backupsContract } from '../../shared/contract/backups';
import type { Clock } from './clock';
import type { Db } from './db/open';
import { bidsHandlers } from './services/bids/handlers';
import { boardHandlers } from './services/board/handlers';
import { contactsHandlers } from './services/contacts/handlers';
import { contractsHandlers } from './services/contracts/handlers';
import { insightsHandlers } from './services/insights/handlers';
import { interviewsHandlers } from './services/interviews/handlers';
import { lookupsHandlers } from './services/lookups/handlers';
import { outcomesHandlers } from './services/outcomes/handlers';
import { relationshipsHandlers } from './services/relationships/handlers';
import { reminderRules, type ReminderRules } from './services/reminders/freshness';
import { sampleHandlers } from './services/sample/handlers';
import { settingsHandlers } from './services/settings/handlers';
import { skillsHandlers } from './services/skills/handlers';
import { transferHandlers } from './services/transfer/handlers';

/** Every call that reads or writes the records; the backups area is the session's (`session/database-session.ts`). */
export type DataHandlers = Omit<ApiHandlers, keyof typeof backupsContract>;

/**
 * The contract implemented over one database, one area's handlers after another. Inputs arrive already parsed by
 * the transport. `rules` decides when the reminder rules are evaluated again; the hosts share it with their timer.
 */
export function createApi(db: Db, clock: Clock, rules: ReminderRules = reminderRules(db, clock)): DataHandlers {
  return {
    ...boardHandlers(db, clock),
    ...bidsHandlers(db, clock),
    ...lookupsHandlers(db),
    ...sampleHandlers(db, clock),
    ...interviewsHandlers(db, clock),
    ...outcomesHandlers(db, clock),
    ...skillsHandlers(db, clock),
    ...contractsHandlers(db, clock),
    ...insightsHandlers(db, clock),
    ...relationshipsHandlers(db, clock, rules),
    ...settingsHandlers(db, clock),
    ...contactsHandlers(db, clock, rules),
    ...transferHandlers(db, clock),
  };
}
