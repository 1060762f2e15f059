/**
 * The relationships part of `npm run bench`: every reminder rule evaluated over the whole fixture (what the hosts'
 * timer and each read after a write pay), the Today query, and the Contacts page's first page sorted by next due;
 * on the heavy fixture and, with a `_100k` suffix, on the one ten times larger, to show the growth.
 */
import { apiContract } from '../src/shared/contract';
import { createApi } from '../src/main/core/api';
import { fixedClock } from '../src/main/core/clock';
import { evaluateReminders } from '../src/main/core/services/reminders/evaluate';
import type { HeavyFixture } from './heavy-fixture';
import { measureSync, toResult, type BenchResult } from './lib/measure';

export const RELATIONSHIP_TARGETS = { reminders_evaluate: 20, today_view: 5, contacts_list: 5 } as const;

export interface RelationshipSanity {
  contacts: number;
  interactions: number;
  reminders: number;
  open_reminders: number;
  today: { overdue: number; today: number; week: number; later: number };
  first_contact_due: string;
}

export function benchRelationships(fixture: HeavyFixture, suffix: '' | '_100k', iterations: number): { results: BenchResult[]; sanity: RelationshipSanity } {
  const database = fixture.open();
  try {
    const { db, sqlite } = database;
    const clock = fixedClock(fixture.now);
    const api = createApi(db, clock);
    const count = (sql: string) => sqlite.prepare(sql).pluck().get() as number;
    const target = (name: keyof typeof RELATIONSHIP_TARGETS) => (suffix === '' ? RELATIONSHIP_TARGETS[name] : undefined);
    const warmup = Math.min(10, iterations);

    const evaluate = measureSync(() => evaluateReminders(db, fixture.now), { warmup, iterations });
    const todayView = measureSync(() => api.getToday(undefined), { warmup, iterations });
    const contactsInput = apiContract.listContacts.input.parse({ sort: 'nextDue', limit: 100 });
    const contactsList = measureSync(() => api.listContacts(contactsInput), { warmup, iterations });

    const today = api.getToday(undefined);
    const first = api.listContacts(contactsInput).rows[0];
    return {
      results: [
        toResult(`reminders_evaluate${suffix}`, evaluate, target('reminders_evaluate')),
        toResult(`today_view${suffix}`, todayView, target('today_view')),
        toResult(`contacts_list${suffix}`, contactsList, target('contacts_list')),
      ],
      sanity: {
        contacts: count('SELECT count(*) FROM contacts'),
        interactions: count('SELECT count(*) FROM interactions'),
        reminders: count('SELECT count(*) FROM reminders'),
        open_reminders: count("SELECT count(*) FROM reminders WHERE status = 'open'"),
        today: today.counts,
        first_contact_due: first ? `${first.name}${first.keyPartner ? ' (key partner)' : ''}, next due ${first.nextDueAt === null ? 'none' : new Date(first.nextDueAt).toISOString()}` : 'none',
      },
    };
  } finally {
    database.close();
  }
}
