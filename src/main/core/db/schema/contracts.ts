/** The contract a won bid became: its dates and agreed rate, and every change to its end (extensions). */
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { RATE_UNITS } from '../../../../shared/domain';
import { inList } from './checks';
import { recordUid } from './identity';
import { opportunities } from './pipeline';

export const contracts = sqliteTable(
  'contracts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: recordUid(),
    opportunityId: integer('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    startOn: text('start_on').notNull(),
    plannedEndOn: text('planned_end_on').notNull(),
    /** Set once the contract has ended, early or on time. */
    actualEndOn: text('actual_end_on'),
    rateMinor: integer('rate_minor'),
    rateCurrency: text('rate_currency'),
    rateUnit: text('rate_unit', { enum: RATE_UNITS }),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('contracts_uid_unique').on(table.uid),
    uniqueIndex('contracts_opportunity_unique').on(table.opportunityId),
    index('contracts_start_idx').on(table.startOn),
    check('contracts_planned_end_check', sql`planned_end_on >= start_on`),
    check('contracts_actual_end_check', sql`actual_end_on IS NULL OR actual_end_on >= start_on`),
    check('contracts_rate_check', sql`rate_minor IS NULL OR rate_minor >= 0`),
    check('contracts_rate_unit_check', sql`rate_unit IS NULL OR ${inList('rate_unit', RATE_UNITS)}`),
  ],
);

/** Each time the planned end moved (an extension, or an end brought forward), from what to what. */
export const contractEndChanges = sqliteTable(
  'contract_end_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: recordUid(),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    fromEndOn: text('from_end_on').notNull(),
    toEndOn: text('to_end_on').notNull(),
    at: integer('at').notNull(),
    note: text('note').notNull().default(''),
    /** A change of end date is never edited after it is written, so its last change is when it was made. */
    updatedAt: integer('updated_at').generatedAlwaysAs(sql`at`, { mode: 'virtual' }),
  },
  (table) => [
    uniqueIndex('contract_end_changes_uid_unique').on(table.uid),index('contract_end_changes_contract_idx').on(table.contractId, table.id)],
);
