import journal from '../../../../drizzle/meta/_journal.json';

/**
 * The tag of the latest migration this Stint ships (`0022_backfill_record_ids`): the shape of the database it
 * writes, named in its exports. The journal is bundled with the code, so the two cannot disagree.
 */
export const LATEST_MIGRATION_TAG: string = journal.entries[journal.entries.length - 1]?.tag ?? '';
