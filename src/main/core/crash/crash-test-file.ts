import { afterAll, beforeAll } from 'vitest';
import { MIGRATIONS_FOLDER, tempDatabase, type TempDatabase } from '../test-support/temp-database';
import { bundleChild, killRepeatedly, type KillOptions, type KillSummary } from './kill-harness';
import type { Workload } from './workload';

/**
 * What a crash test file shares: one database and one bundled child for the file, and a seed for every choice
 * (STINT_CRASH_SEED runs a failure's kills again; a failure's message says so).
 */
export function crashTestFile() {
  const seed = Number(process.env.STINT_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
  let temp: TempDatabase;
  let child: string;
  beforeAll(async () => {
    temp = tempDatabase();
    child = await bundleChild(temp.dir);
  });
  afterAll(() => temp?.remove());
  return {
    seed,
    /** Kills `workload` over the file's database, as `killRepeatedly` does. */
    kill<Write>(workload: Workload<Write>, options: Pick<KillOptions, 'kills' | 'delayMs'>): Promise<KillSummary> {
      return killRepeatedly(workload, { child, file: temp.file, migrationsFolder: MIGRATIONS_FOLDER, seed, ...options }).catch((error: Error) => {
        throw new Error(`${error.message}\nTo run the same kills again: STINT_CRASH_SEED=${seed} npx vitest run src/main/core/crash`, { cause: error });
      });
    },
  };
}
