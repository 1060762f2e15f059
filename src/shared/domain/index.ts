/**
 * Stint's vocabulary: the fixed lists records are described with, and their labels, one file per area.
 * Every list is `as const` so that the database schema, the zod schemas and the UI share one source.
 */
export * from './pipeline';
export * from './interviews';
export * from './rejections';
export * from './skills';
export * from './relationships';
export * from './settings';
export * from './backups';
export * from './transfer';
export * from './csv-import';
