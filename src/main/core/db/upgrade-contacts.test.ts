import { afterEach, describe, expect, it } from 'vitest';
import { migrationsUpTo } from '../test-support/migrations';
import { tempDatabase, TEST_NOW, type TempDatabase } from '../test-support/temp-database';

let temp: TempDatabase | undefined;
afterEach(() => temp?.remove());

describe('upgrading a database from the version before contacts and interactions', () => {
  it('keeps every contact, gives the fields they lacked their empty values, and names the kind their bids tell', () => {
    temp = tempDatabase();
    const previous = temp.open(migrationsUpTo(temp.dir, '0012_bid_facts_triggers'));
    const contact = previous.sqlite.prepare('INSERT INTO contacts (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    contact.run(1, 'Priya Patel', 'priya patel', TEST_NOW, TEST_NOW);
    contact.run(2, 'Sam Reyes', 'sam reyes', TEST_NOW, TEST_NOW);
    contact.run(3, 'Alex Moor', 'alex moor', TEST_NOW, TEST_NOW);
    previous.sqlite
      .prepare(
        `INSERT INTO opportunities (title, source, engagement, stage, brief_checklist, recruiter_id, hiring_manager_id, stage_changed_at, created_at, updated_at)
         VALUES ('Interim CFO', 'agency', 'interim', 'lead', '[]', 1, 2, ?, ?, ?)`,
      )
      .run(TEST_NOW, TEST_NOW, TEST_NOW);
    previous.close();

    const upgraded = temp.open();
    expect(upgraded.sqlite.prepare('SELECT id, name, kind, title, email, key_partner, cadence_days, last_contact_at FROM contacts ORDER BY id').all()).toEqual([
      { id: 1, name: 'Priya Patel', kind: 'recruiter', title: '', email: '', key_partner: 0, cadence_days: null, last_contact_at: null },
      { id: 2, name: 'Sam Reyes', kind: 'hiring_manager', title: '', email: '', key_partner: 0, cadence_days: null, last_contact_at: null },
      { id: 3, name: 'Alex Moor', kind: null, title: '', email: '', key_partner: 0, cadence_days: null, last_contact_at: null },
    ]);
    expect(upgraded.sqlite.prepare('SELECT count(*) FROM opportunities').pluck().get()).toBe(1);
  });
});
