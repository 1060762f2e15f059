import type { StintDatabase } from '../db/open';
import { writeTransaction } from '../db/transactions';
import { contractEndChanges, contracts } from '../db/schema';
import { generatePipeline, SAMPLE_PIPELINE } from '../fixtures/pipeline-generator';
import { migrationsUpTo } from './migrations';
import { tempDatabase, TEST_NOW, type TempDatabase } from './temp-database';

/** Tables the database fills itself (triggers keep them), and the search index's virtual tables and their shadows. */
function derivedTables(sqlite: StintDatabase['sqlite']): Set<string> {
  const virtual = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'`).pluck().all() as string[];
  const all = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
  return new Set(['bid_facts', '__drizzle_migrations', ...all.filter((name) => name.startsWith('sqlite_') || virtual.some((table) => name === table || name.startsWith(`${table}_`)))]);
}

/**
 * The sample pipeline (bids, history, interviews, outcomes, skills, contracts, contacts, interactions, reminders)
 * stored by the Stint of migration `lastTag`: every column that version had is copied from a database made by today's
 * code. Returns it closed, ready to be upgraded by `temp.open()`.
 */
export function samplePipelineStoredAt(lastTag: string): TempDatabase {
  const source = tempDatabase();
  const current = source.open();
  generatePipeline(current.db, { ...SAMPLE_PIPELINE, now: TEST_NOW });
  // The sample's contracts have no history of end dates; one confirmed gives that table a row too.
  const contract = current.db.select().from(contracts).limit(1).get();
  if (contract) {
    current.db.insert(contractEndChanges).values({ contractId: contract.id, fromEndOn: contract.plannedEndOn, toEndOn: contract.plannedEndOn, at: contract.createdAt, note: 'End date confirmed' }).run();
  }
  current.close();

  const temp = tempDatabase();
  const previous = temp.open(migrationsUpTo(temp.dir, lastTag));
  const { sqlite } = previous;
  sqlite.prepare('ATTACH DATABASE ? AS source').run(source.file);
  sqlite.pragma('foreign_keys = OFF');
  const skip = derivedTables(sqlite);
  const tables = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]).filter((name) => !skip.has(name));
  writeTransaction(previous.db, () => {
    for (const table of tables) {
      // Generated columns cannot be written; hidden = 2 or 3 marks them in table_xinfo.
      const columns = (sqlite.pragma(`table_xinfo("${table}")`) as { name: string; hidden: number }[]).filter((column) => column.hidden === 0).map((column) => `"${column.name}"`);
      sqlite.exec(`DELETE FROM main."${table}"`);
      sqlite.exec(`INSERT INTO main."${table}" (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM source."${table}"`);
    }
  });
  sqlite.exec('DETACH DATABASE source');
  previous.close();
  source.remove();
  return temp;
}
