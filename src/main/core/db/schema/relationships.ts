/** Relationships: each time the user was in touch, with whom, and about which bid. */
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { INTERACTION_CHANNELS } from '../../../../shared/domain';
import { inList } from './checks';
import { contacts, opportunities } from './pipeline';

export const interactions = sqliteTable(
  'interactions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** When it happened, as the user says (back-dating allowed); "last contact" is read from this, never typed. */
    occurredAt: integer('occurred_at').notNull(),
    channel: text('channel', { enum: INTERACTION_CHANNELS }).notNull(),
    summary: text('summary').notNull().default(''),
    /** The bid it was about, if any; the interaction stays if the bid is deleted. */
    opportunityId: integer('opportunity_id').references(() => opportunities.id, { onDelete: 'set null' }),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [index('interactions_opportunity_idx').on(table.opportunityId, table.occurredAt), check('interactions_channel_check', inList('channel', INTERACTION_CHANNELS))],
);

/** Who took part: one or more contacts per interaction. */
export const interactionContacts = sqliteTable(
  'interaction_contacts',
  {
    interactionId: integer('interaction_id')
      .notNull()
      .references(() => interactions.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.interactionId, table.contactId] }), index('interaction_contacts_contact_idx').on(table.contactId, table.interactionId)],
);
