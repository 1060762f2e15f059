import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

/*
 * Tables that queries use but drizzle-kit must not manage, so they live outside `schema.ts`: the FTS5 index
 * that the custom migration `0006_search_people_and_agencies.sql` creates (a bid's title, client, agency,
 * recruiter, hiring manager, notes and brief), and the per-connection temp table of a search's hits. Only the
 * columns queries read are declared; the migration is where the index's text columns are defined.
 */

/** The full-text index; its `rowid` is the bid's id. */
export const opportunitySearch = sqliteTable('opportunity_search', {
  rowid: integer('rowid').notNull(),
});

/**
 * `temp.search_hits`: the ids one search matched, filled once per call and read by every lane's statement.
 * Queries name it without a schema; SQLite looks in `temp` before `main`.
 */
export const searchHits = sqliteTable('search_hits', {
  id: integer('id').primaryKey(),
});

export const CREATE_SEARCH_HITS = 'CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)';
