/** Adding, editing and deleting a contact. */
import { eq } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';
import { ApiError } from '../../../../shared/errors';
import { matchKey } from '../../../../shared/match-key';
import type { Contact } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { contacts } from '../../db/schema';
import { writeTransaction } from '../../db/transactions';
import { notFound } from '../errors';
import { resolveOrganisation } from '../lookups/organisations';
import { contactWithId } from './detail';

/**
 * Adds or changes a contact inside the caller's transaction and gives their id: the one way a contact is written,
 * whether from their page or imported from a spreadsheet.
 */
export function writeContact(tx: Db, now: number, input: ApiParsedInput<'saveContact'>): number {
  // Names typed on a bid or an interaction find a contact by name: a second of the same name would be ambiguous.
  // Two already stored under one name (from before this check) can still be edited, and merged.
  const nameKey = matchKey(input.name);
  const stored = input.contactId === null ? undefined : tx.select({ nameKey: contacts.nameKey }).from(contacts).where(eq(contacts.id, input.contactId)).get();
  const clash = stored?.nameKey === nameKey ? undefined : tx.select({ id: contacts.id, name: contacts.name }).from(contacts).where(eq(contacts.nameKey, nameKey)).get();
  if (clash && clash.id !== input.contactId) {
    const message = `Name: "${clash.name}" already exists; open them, or merge the two`;
    throw new ApiError('CONFLICT', message, { name: message });
  }
  // A recruiter's organisation typed in is an agency; anyone else's, a client.
  const organisationId = input.organisation === null ? null : resolveOrganisation(tx, input.organisation, input.contactKind === 'recruiter' ? 'agency' : 'client', now);
  const values = {
    name: input.name,
    nameKey,
    title: input.title,
    kind: input.contactKind,
    organisationId,
    email: input.email,
    phone: input.phone,
    profileUrl: input.profileUrl,
    keyPartner: input.keyPartner,
    cadenceDays: input.cadenceDays,
    notes: input.notes,
    updatedAt: now,
  };
  let id = input.contactId;
  if (id === null) {
    id = tx
      .insert(contacts)
      .values({ ...values, createdAt: now })
      .returning({ id: contacts.id })
      .get().id;
  } else if (tx.update(contacts).set(values).where(eq(contacts.id, id)).run().changes === 0) {
    throw notFound('contact');
  }
  return id;
}

export function saveContact(db: Db, now: number, input: ApiParsedInput<'saveContact'>, afterSave: (tx: Db) => void): Contact {
  return writeTransaction(db, (tx) => {
    const id = writeContact(tx, now, input);
    // A new cadence or key-partner mark changes their keep-in-touch reminder at once.
    afterSave(tx);
    return contactWithId(tx, id);
  });
}

/** Their reminders go with them (the foreign key cascades); bids, interviews and interactions stay, without them. */
export function deleteContact(db: Db, input: ApiParsedInput<'deleteContact'>): { id: number } {
  return writeTransaction(db, (tx) => {
    if (tx.delete(contacts).where(eq(contacts.id, input.contactId)).run().changes === 0) throw notFound('contact');
    return { id: input.contactId };
  });
}
