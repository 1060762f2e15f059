/** Organisations' pages: agencies and clients with their contacts and bids. */
import { eq, sql } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';
import { ApiError } from '../../../../shared/errors';
import { matchKey } from '../../../../shared/match-key';
import type { OrganisationDetail, OrganisationRow } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { organisations } from '../../db/schema';
import { readTransaction, writeTransaction } from '../../db/transactions';
import { notFound } from '../errors';
import { containingPattern } from '../lookups/like-pattern';
import { CONTACTS, toContactRow, type ContactSqlRow } from './list';

const ROWS = sql.raw(`SELECT g.id AS id, g.name AS name, g.kind AS kind,
    (SELECT count(*) FROM contacts c WHERE c.organisation_id = g.id) AS contactCount,
    (SELECT count(*) FROM opportunities o WHERE o.client_id = g.id OR o.agency_id = g.id) AS bidCount
  FROM organisations g`);

export function listOrganisations(db: Db, input: ApiParsedInput<'listOrganisations'>): OrganisationRow[] {
  const query = input.query.trim();
  const like = containingPattern(matchKey(query));
  return db.all<OrganisationRow>(sql`SELECT * FROM (${ROWS}) WHERE id IN (SELECT id FROM organisations WHERE name_key LIKE ${like} ESCAPE '\\'
      AND (${input.kind} IS NULL OR kind = ${input.kind} OR kind = 'both'))
    ORDER BY lower(name), id`);
}

export function organisationWithId(db: Db, id: number): OrganisationDetail {
  const row = db.get<OrganisationRow | undefined>(sql`SELECT * FROM (${ROWS}) WHERE id = ${id}`);
  const stored = db.select().from(organisations).where(eq(organisations.id, id)).get();
  if (!row || !stored) throw notFound('organisation');
  const people = db.all<ContactSqlRow>(sql`SELECT * FROM (${CONTACTS}) WHERE organisationId = ${id} ORDER BY keyPartner DESC, name_key`);
  const bids = db.all<OrganisationDetail['bids'][number]>(sql`SELECT id, title, stage, CASE WHEN client_id = ${id} THEN 'client' ELSE 'agency' END AS "as"
    FROM opportunities WHERE client_id = ${id} OR agency_id = ${id} ORDER BY stage_changed_at DESC`);
  return { ...row, website: stored.website, notes: stored.notes, contacts: people.map(toContactRow), bids };
}

export const getOrganisation = (db: Db, input: ApiParsedInput<'getOrganisation'>) => readTransaction(db, (tx) => organisationWithId(tx, input.organisationId));

export function saveOrganisation(db: Db, now: number, input: ApiParsedInput<'saveOrganisation'>): OrganisationDetail {
  return writeTransaction(db, (tx) => {
    const nameKey = matchKey(input.name);
    const clash = tx.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.nameKey, nameKey)).get();
    if (clash && clash.id !== input.organisationId) {
      const message = `Name: "${clash.name}" already exists; open it, or merge the two`;
      throw new ApiError('CONFLICT', message, { name: message });
    }
    const values = { name: input.name, nameKey, kind: input.kind, website: input.website, notes: input.notes, updatedAt: now };
    let id = input.organisationId;
    if (id === null) {
      id = tx
        .insert(organisations)
        .values({ ...values, createdAt: now })
        .returning({ id: organisations.id })
        .get().id;
    } else if (tx.update(organisations).set(values).where(eq(organisations.id, id)).run().changes === 0) {
      throw notFound('organisation');
    }
    return organisationWithId(tx, id);
  });
}
