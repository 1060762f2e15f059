import { asc, eq } from 'drizzle-orm';
import type { ContactKind } from '../../../../shared/domain';
import { matchKey } from '../../../../shared/match-key';
import type { ApiOutput, ApiParsedInput } from '../../../../shared/contract';
import type { Db } from '../../db/open';
import { contacts } from '../../db/schema';
import { notFound } from '../errors';
import { containsText } from './like-pattern';

type ContactRef = { id: number } | { name: string };

/**
 * The id of a contact picked from the list, or of the one typed in, reusing the first contact whose name reads
 * the same ("Zoë Ó'Sullivan-Müller" and "zoë ó’sullivan-müller" are one person). A contact added here gets the
 * kind the caller knows them as (a bid's recruiter is a recruiter); one already stored keeps theirs.
 */
export function resolveContact(db: Db, ref: ContactRef, organisationId: number | null, now: number, kind: ContactKind | null = null): number {
  if ('id' in ref) {
    const found = db.select({ id: contacts.id }).from(contacts).where(eq(contacts.id, ref.id)).get();
    if (!found) throw notFound('contact');
    return found.id;
  }
  const nameKey = matchKey(ref.name);
  const existing = db.select({ id: contacts.id }).from(contacts).where(eq(contacts.nameKey, nameKey)).orderBy(asc(contacts.id)).get();
  if (existing) return existing.id;
  return db
    .insert(contacts)
    .values({ name: ref.name, nameKey, organisationId, kind, createdAt: now, updatedAt: now })
    .returning({ id: contacts.id })
    .get().id;
}

export function searchContacts(db: Db, input: ApiParsedInput<'searchContacts'>): ApiOutput<'searchContacts'> {
  const query = input.query.trim();
  return db
    .select({ id: contacts.id, name: contacts.name })
    .from(contacts)
    .where(query ? containsText(contacts.nameKey, matchKey(query)) : undefined)
    .orderBy(asc(contacts.nameKey))
    .limit(input.limit)
    .all();
}
