import { afterEach, describe, expect, it } from 'vitest';
import { parsedBid } from '../../test-support/bid-input';
import { tempApi } from '../../test-support/temp-database';

let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

function count(table: string): number {
  return setup.database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

describe('an organisation typed again in another spelling', () => {
  it('is the same agency in any case, accent form or spacing, and becomes both when named as a client', () => {
    setup = tempApi();
    const spellings = ['Équipe Finance Intérim', 'équipe finance intérim', 'E\u0301quipe Finance Inte\u0301rim', '  Équipe   Finance Intérim '];
    const agencyIds = spellings.map((name) => setup.api.createBid(parsedBid({ agency: { name }, client: null })).agency?.id);
    const asClient = setup.api.createBid(parsedBid({ client: { name: 'ÉQUIPE FINANCE INTÉRIM' }, agency: null }));

    expect(new Set([...agencyIds, asClient.client?.id]).size).toBe(1);
    expect(count('organisations')).toBe(1);
    expect(setup.api.searchOrganisations({ query: 'équipe', limit: 10 })).toEqual([
      { id: agencyIds[0], name: 'Équipe Finance Intérim', kind: 'both' },
    ]);
  });

  it('is refused by the database itself when written twice under one key', () => {
    setup = tempApi();
    setup.api.createBid(parsedBid({ agency: { name: 'Équipe Finance Intérim' } }));
    const key = setup.database.sqlite.prepare('SELECT name_key FROM organisations WHERE name = ?').pluck().get('Équipe Finance Intérim');
    const insertSameKey = () =>
      setup.database.sqlite
        .prepare(`INSERT INTO organisations (uid, name, name_key, kind, created_at, updated_at) VALUES (stint_record_uid(0), 'équipe finance intérim', ?, 'agency', 0, 0)`)
        .run(key);
    expect(insertSameKey).toThrow(/UNIQUE constraint failed: organisations.name_key/);
  });

  it('is found by a search in any case of its accented letters', () => {
    setup = tempApi();
    setup.api.createBid(parsedBid({ agency: { name: 'Équipe Finance Intérim' }, client: { name: 'Straße Logistik' } }));
    expect(setup.api.searchOrganisations({ query: 'INTÉRIM', limit: 10 }).map((org) => org.name)).toEqual(['Équipe Finance Intérim']);
    expect(setup.api.searchOrganisations({ query: 'strasse', limit: 10 }).map((org) => org.name)).toEqual(['Straße Logistik']);
  });
});

describe('a contact typed again in another spelling', () => {
  it('is the same recruiter in lower case, with a typographic apostrophe or decomposed accents', () => {
    setup = tempApi();
    const spellings = ["Zoë Ó'Sullivan-Müller", "zoë ó'sullivan-müller", 'ZOË Ó’SULLIVAN-MÜLLER', "Zoe\u0308 O\u0301'Sullivan-Mu\u0308ller"];
    const recruiterIds = spellings.map((name) => setup.api.createBid(parsedBid({ recruiter: { name } })).recruiter?.id);
    expect(new Set(recruiterIds).size).toBe(1);
    expect(count('contacts')).toBe(1);
    expect(setup.api.searchContacts({ query: 'MÜLLER', limit: 10 })).toEqual([{ id: recruiterIds[0], name: "Zoë Ó'Sullivan-Müller" }]);
  });

  it('keeps people whose names differ by an accent apart', () => {
    setup = tempApi();
    setup.api.createBid(parsedBid({ recruiter: { name: 'Anna Müller' } }));
    setup.api.createBid(parsedBid({ recruiter: { name: 'Anna Muller' } }));
    expect(setup.api.searchContacts({ query: 'anna', limit: 10 }).map((contact) => contact.name)).toEqual(['Anna Muller', 'Anna Müller']);
  });
});
