import { count } from 'drizzle-orm';
import type { contactsContract } from '../../../../shared/contract/contacts';
import type { AreaHandlers } from '../../area-handlers';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import { contacts, organisations } from '../../db/schema';
import { readTransaction } from '../../db/transactions';
import { evaluateReminders } from '../reminders/evaluate';
import type { ReminderRules } from '../reminders/freshness';
import { contactWithId } from './detail';
import { listContacts } from './list';
import { merge } from './merge';
import { getOrganisation, listOrganisations, saveOrganisation } from './organisations';
import { deleteContact, saveContact } from './save';

export function contactsHandlers(db: Db, clock: Clock, rules: ReminderRules): AreaHandlers<typeof contactsContract> {
  return {
    // "Next due" reads the reminders: the rules are brought up to date first.
    listContacts: (input) => {
      rules.refresh();
      return listContacts(db, clock.now(), input);
    },
    getContact: (input) => {
      rules.refresh();
      return readTransaction(db, (tx) => contactWithId(tx, input.contactId));
    },
    saveContact: (input) => saveContact(db, clock.now(), input, (tx) => evaluateReminders(tx, clock.now())),
    deleteContact: (input) => deleteContact(db, input),
    listOrganisations: (input) => listOrganisations(db, input),
    getOrganisation: (input) => getOrganisation(db, input),
    saveOrganisation: (input) => saveOrganisation(db, clock.now(), input),
    merge: (input) => merge(db, clock.now(), input),
    countContacts: () =>
      readTransaction(db, (tx) => ({
        contacts: tx.select({ n: count() }).from(contacts).get()?.n ?? 0,
        organisations: tx.select({ n: count() }).from(organisations).get()?.n ?? 0,
      })),
  };
}
