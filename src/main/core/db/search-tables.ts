import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/*
 * Tables that queries use but drizzle-kit must not manage, so they live outside `schema.ts`: the FTS5 index
 * that the custom migration `0001_search.sql` creates, and the per-connection temp table of a search's hits.
 */

/** The full-text index; `rowid` is the bid's id. */
export const opportunitySearch = sqliteTable('opportunity_search', {
  rowid: integer('rowid').notNull(),
  title: text('title').notNull(),
  client: text('client').notNull(),
  notes: text('notes').notNull(),
  brief: text('brief').notNull(),
});

/** `temp.search_hits`: the ids one search matched, filled once per call and read by every lane's statement. */
export const searchHits = sqliteTable('search_hits', {
  id: integer('id').primaryKey(),
});

export const CREATE_SEARCH_HITS = 'CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY)';
