import { asc, eq, sql } from 'drizzle-orm';
import type { ApiOutput, ApiParsedInput } from '../../../shared/contract';
import type { Db } from '../db/open';
import { contacts } from '../db/schema';
import { notFound } from './errors';
import { containsText } from './like-pattern';

type ContactRef = { id: number } | { name: string };

/** The id of a contact picked from the list, or of the one typed in (reusing a same-named contact). */
export function resolveContact(db: Db, ref: ContactRef, organisationId: number | null, now: number): number {
  if ('id' in ref) {
    const found = db.select({ id: contacts.id }).from(contacts).where(eq(contacts.id, ref.id)).get();
    if (!found) throw notFound('Contact', ref.id);
    return found.id;
  }
  const existing = db
    .select({ id: contacts.id })
    .from(contacts)
    .where(sql`lower(${contacts.name}) = lower(${ref.name})`)
    .get();
  if (existing) return existing.id;
  return db
    .insert(contacts)
    .values({ name: ref.name, organisationId, createdAt: now, updatedAt: now })
    .returning({ id: contacts.id })
    .get().id;
}

export function searchContacts(db: Db, input: ApiParsedInput<'searchContacts'>): ApiOutput<'searchContacts'> {
  const query = input.query.trim();
  return db
    .select({ id: contacts.id, name: contacts.name })
    .from(contacts)
    .where(query ? containsText(contacts.name, query) : undefined)
    .orderBy(asc(sql`lower(${contacts.name})`))
    .limit(input.limit)
    .all();
}
