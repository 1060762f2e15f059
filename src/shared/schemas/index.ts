/**
 * The zod schemas of everything that crosses the boundary between the renderer and the core, one file per area.
 * The renderer validates a form with the same schema the core enforces, so a field error reads the same
 * wherever it is caught.
 */
export * from './fields';
export * from './board';
export * from './bids';
export * from './lookups';
export * from './sample';
export * from './interviews';
export * from './contracts';
export * from './skills';
export * from './outcomes';
export * from './insights';
export * from './relationships';
export * from './settings';
export * from './contacts';
export * from './backups';
export * from './transfer-records';
export * from './csv-import';
export * from './transfer';
export * from './csv-export';
