/**
 * The drizzle schema, one file per area: the source drizzle-kit generates `drizzle/*.sql` from. Never edit a
 * generated migration; change these files and run `npm run db:generate`. Instants are epoch milliseconds,
 * calendar dates are `YYYY-MM-DD` text, money is integer minor units.
 */
export * from './pipeline';
export * from './interviews';
export * from './rejections';
export * from './skills';
export * from './contracts';
export * from './insights';
export * from './relationships';
export * from './settings';
