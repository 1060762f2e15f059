/** Interactions: each time the user was in touch, with whom, and about which bid. */
import { desc, eq, inArray } from 'drizzle-orm';
import type { ApiOutput, ApiParsedInput } from '../../../../shared/contract';
import type { Interaction } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { contacts, interactionContacts, interactions, opportunities } from '../../db/schema';
import { readTransaction, writeTransaction } from '../../db/transactions';
import { notFound } from '../errors';
import { resolveContact } from '../lookups/contacts';
import { evaluateReminders } from '../reminders/evaluate';
import { interactionInstant } from './interaction-time';

/** The interactions with these ids, latest first, each with its contacts and bid named. */
function interactionsWithIds(db: Db, ids: readonly number[]): Interaction[] {
  if (ids.length === 0) return [];
  const rows = db
    .select({ interaction: interactions, bidTitle: opportunities.title })
    .from(interactions)
    .leftJoin(opportunities, eq(opportunities.id, interactions.opportunityId))
    .where(inArray(interactions.id, [...ids]))
    .orderBy(desc(interactions.occurredAt), desc(interactions.id))
    .all();
  const people = db
    .select({ interactionId: interactionContacts.interactionId, id: contacts.id, name: contacts.name })
    .from(interactionContacts)
    .innerJoin(contacts, eq(contacts.id, interactionContacts.contactId))
    .where(inArray(interactionContacts.interactionId, [...ids]))
    .orderBy(contacts.nameKey)
    .all();
  return rows.map(({ interaction, bidTitle }) => ({
    id: interaction.id,
    occurredAt: interaction.occurredAt,
    channel: interaction.channel,
    summary: interaction.summary,
    contacts: people.filter((person) => person.interactionId === interaction.id).map(({ id, name }) => ({ id, name })),
    bid: interaction.opportunityId !== null && bidTitle !== null ? { id: interaction.opportunityId, name: bidTitle } : null,
    createdAt: interaction.createdAt,
  }));
}

export function logInteraction(db: Db, now: number, input: ApiParsedInput<'logInteraction'>): Interaction {
  return writeTransaction(db, (tx) => {
    const occurredAt = interactionInstant(input.date, input.time, now);
    if (input.bidId !== null && !tx.select({ id: opportunities.id }).from(opportunities).where(eq(opportunities.id, input.bidId)).get()) {
      throw notFound('bid');
    }
    const contactIds = [...new Set(input.contacts.map((ref) => resolveContact(tx, ref, null, now)))];
    const { id } = tx
      .insert(interactions)
      .values({ occurredAt, channel: input.channel, summary: input.summary, opportunityId: input.bidId, createdAt: now, updatedAt: now })
      .returning({ id: interactions.id })
      .get();
    tx.insert(interactionContacts).values(contactIds.map((contactId) => ({ interactionId: id, contactId }))).run();
    // Being in touch answers the keep-in-touch reminder it was due for, at once.
    evaluateReminders(tx, now);
    return interactionsWithIds(tx, [id])[0] as Interaction;
  });
}

export function listInteractions(db: Db, input: ApiParsedInput<'listInteractions'>): ApiOutput<'listInteractions'> {
  return readTransaction(db, (tx) => {
    const { contactId, bidId } = input;
    if (contactId !== undefined) {
      if (!tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.id, contactId)).get()) throw notFound('contact');
      const ids = tx
        .select({ id: interactionContacts.interactionId })
        .from(interactionContacts)
        .where(eq(interactionContacts.contactId, contactId))
        .all()
        .map((row) => row.id);
      return interactionsWithIds(tx, ids);
    }
    // The schema lets through one of the two: here, the bid.
    const bid = bidId as number;
    if (!tx.select({ id: opportunities.id }).from(opportunities).where(eq(opportunities.id, bid)).get()) throw notFound('bid');
    const ids = tx
      .select({ id: interactions.id })
      .from(interactions)
      .where(eq(interactions.opportunityId, bid))
      .all()
      .map((row) => row.id);
    return interactionsWithIds(tx, ids);
  });
}
