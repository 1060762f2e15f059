/** The Contacts page's list: searched, filtered and sorted in SQL, one page at a time, key partners first. */
import { sql, type SQL } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';
import { matchKey } from '../../../../shared/match-key';
import type { ContactRow, ContactsPage, ContactSort } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { readTransaction } from '../../db/transactions';
import { localDateAt, localTimeOn } from '../contracts/calendar-days';
import { containingPattern } from '../lookups/like-pattern';

/** Orders over the columns of `CONTACTS` (key partners always first). */
const ORDER: Record<ContactSort, string> = {
  name: 'name_key, id',
  organisation: 'organisation_key IS NULL, organisation_key, name_key, id',
  // Longest ago first, and never first of all: who has gone cold.
  lastContact: 'lastContactAt IS NOT NULL, lastContactAt, name_key, id',
  nextDue: 'nextDueAt IS NULL, nextDueAt, name_key, id',
};

export interface ContactSqlRow {
  id: number;
  name: string;
  title: string;
  contactKind: ContactRow['contactKind'];
  keyPartner: number;
  organisationId: number | null;
  organisationName: string | null;
  lastContactAt: number | null;
  nextDueAt: number | null;
}

/** Every contact with their organisation and next due, as one relation the list filters and sorts. */
export const CONTACTS = sql.raw(`SELECT c.id AS id, c.name AS name, c.name_key AS name_key, c.title AS title, c.kind AS contactKind,
    c.key_partner AS keyPartner, o.id AS organisationId, o.name AS organisationName, o.name_key AS organisation_key,
    c.last_contact_at AS lastContactAt,
    (SELECT min(max(r.due_at, coalesce(r.snoozed_until, 0))) FROM reminders r WHERE r.contact_id = c.id AND r.status = 'open') AS nextDueAt
  FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id`);

export function toContactRow(row: ContactSqlRow): ContactRow {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    contactKind: row.contactKind,
    keyPartner: Boolean(row.keyPartner),
    organisation: row.organisationId !== null && row.organisationName !== null ? { id: row.organisationId, name: row.organisationName } : null,
    lastContactAt: row.lastContactAt,
    nextDueAt: row.nextDueAt,
  };
}

export function listContacts(db: Db, now: number, input: ApiParsedInput<'listContacts'>): ContactsPage {
  const conditions: SQL[] = [sql`1`];
  const query = input.query.trim();
  if (query) {
    const like = containingPattern(matchKey(query));
    conditions.push(sql`(name_key LIKE ${like} ESCAPE '\\' OR organisation_key LIKE ${like} ESCAPE '\\' OR lower(title) LIKE ${like} ESCAPE '\\')`);
  }
  if (input.contactKind) conditions.push(sql`contactKind = ${input.contactKind}`);
  if (input.keyPartnersOnly) conditions.push(sql`keyPartner = 1`);
  // Overdue as Today counts it: due before today began.
  if (input.overdueOnly) conditions.push(sql`nextDueAt < ${localTimeOn(localDateAt(now))}`);
  const where = sql.join(conditions, sql` AND `);
  return readTransaction(db, (tx) => {
    const total = tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM (${CONTACTS}) WHERE ${where}`).n;
    const rows = tx.all<ContactSqlRow>(
      sql`SELECT * FROM (${CONTACTS}) WHERE ${where} ORDER BY keyPartner DESC, ${sql.raw(ORDER[input.sort])} LIMIT ${input.limit} OFFSET ${input.offset}`,
    );
    return { total, rows: rows.map(toContactRow) };
  });
}
