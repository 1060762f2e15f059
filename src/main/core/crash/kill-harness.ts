import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { openDatabase, type StintDatabase } from '../db/open';
import { seededRandom } from '../fixtures/pipeline-generator';
import type { CheckResult, ChildGo, ChildMessage, KilledRun, Workload } from './workload';

const CHILD_SOURCE = fileURLToPath(new URL('./child.ts', import.meta.url));

/**
 * Bundles `child.ts` and the core it runs into one file in `dir`, and returns its path. The bundle starts in about
 * half a second; the same source through `--import tsx` takes 1.5 to 2 s, as tsx compiles and Node resolves every
 * module one by one, and fifty kills cannot afford that. better-sqlite3 stays the project's own copy, as in the app.
 */
export async function bundleChild(dir: string): Promise<string> {
  const outfile = join(dir, 'crash-child.cjs');
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  await build({
    entryPoints: [CHILD_SOURCE],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
    plugins: [{ name: 'project-driver', setup: (bundle) => bundle.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: driver, external: true })) }],
  });
  return outfile;
}

export interface KillOptions {
  /** The bundle `bundleChild` made. */
  child: string;
  /** The database file, used by every run in turn: what each run wrote is there for the next. */
  file: string;
  migrationsFolder: string;
  kills: number;
  /** Decides every kill's delay and each run's choices, so that a failure can be run again. */
  seed: number;
  /** The kill comes between these many milliseconds after the child began its first write, more often early. */
  delayMs: { min: number; max: number };
}

export interface KillSummary {
  /** Writes the child reported as returned, across all runs: every one was found in the database. */
  committed: number;
  /**
   * Kills that came while a write was under way, its call begun and not returned: after its commit (found stored)
   * or before it (not stored).
   */
  inFlight: { stored: number; notStored: number };
}

/**
 * Runs `workload` in a child process and kills it with SIGKILL at a random moment, `kills` times. After each kill
 * it opens the database as the app does, which also runs its start-up checks, checks its integrity, and asks the
 * workload what is missing or half done. Throws at the first problem, naming the seed that reproduces it.
 *
 * Each child is started while the one before it runs and is checked, and waits to be told to go, so that its
 * loading (most of a run's cost) overlaps the previous run rather than adding to it. It opens the database only
 * once told to go, after the previous child is dead and the database checked.
 */
export async function killRepeatedly<Write>(workload: Workload<Write>, options: KillOptions): Promise<KillSummary> {
  const random = seededRandom(options.seed);
  const checker = workload.checker();
  const schema = migratedSchema(options.migrationsFolder);
  const summary: KillSummary = { committed: 0, inFlight: { stored: 0, notStored: 0 } };
  const start = () => startChild<Write>(options.child, [workload.name, options.file, options.migrationsFolder]);
  let next = start();
  try {
    for (let run = 0; run < options.kills; run += 1) {
      const current = next;
      if (run + 1 < options.kills) next = start();
      // Log-uniform: as many kills in a run's first few writes as deep into it.
      const delay = Math.round(options.delayMs.min * (options.delayMs.max / options.delayMs.min) ** random.next());
      const go: ChildGo = { run, seed: random.int(0, 2 ** 31) };
      try {
        const killed = await current.runAndKill(go, delay);
        const { problems, inFlightStored } = checkAfterKill(options, schema, (database) => checker.check(database, killed));
        if (problems.length > 0) throw new Error(problems.join('\n'));
        summary.committed += killed.committed.length;
        if (inFlightStored !== null) summary.inFlight[inFlightStored ? 'stored' : 'notStored'] += 1;
      } catch (error) {
        const where = `kill ${run + 1} of ${options.kills}, ${delay} ms into the ${workload.name} run (seed ${options.seed})`;
        throw new Error(`At ${where}:\n${(error as Error).message}`, { cause: error });
      }
    }
  } finally {
    next.discard();
  }
  return summary;
}

const SCHEMA = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name";

/** The schema the migrations make: what every database must have after any kill (a bulk import drops triggers). */
function migratedSchema(migrationsFolder: string): string {
  const fresh = openDatabase(':memory:', { migrationsFolder });
  try {
    return JSON.stringify(fresh.sqlite.prepare(SCHEMA).all());
  } finally {
    fresh.close();
  }
}

/** Bids without their search entry or their facts, which triggers or a bulk insert make in the bid's transaction. */
function bidsWithoutDerivedRows(database: StintDatabase): string[] {
  const missing = (table: string, column: string) =>
    database.sqlite.prepare(`SELECT count(*) FROM opportunities o WHERE NOT EXISTS (SELECT 1 FROM ${table} d WHERE d.${column} = o.id)`).pluck().get() as number;
  const counts = { opportunity_search: missing('opportunity_search', 'rowid'), bid_facts: missing('bid_facts', 'opportunity_id') };
  return Object.entries(counts).flatMap(([table, count]) => (count > 0 ? [`${count} bids have no row in ${table}`] : []));
}

/**
 * Opens the database with the app's `openDatabase`, checks its integrity, its schema against the migrations' and
 * every bid's derived rows, then runs the workload's check.
 */
function checkAfterKill(options: KillOptions, schema: string, check: (database: StintDatabase) => CheckResult): CheckResult {
  const database = openDatabase(options.file, { migrationsFolder: options.migrationsFolder });
  try {
    const integrity = (database.sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    if (integrity.join() !== 'ok') return { problems: [`integrity_check: ${integrity.join('; ')}`], inFlightStored: null };
    const problems = JSON.stringify(database.sqlite.prepare(SCHEMA).all()) === schema ? [] : ['The schema is not the one the migrations make'];
    const result = check(database);
    return { ...result, problems: [...problems, ...bidsWithoutDerivedRows(database), ...result.problems] };
  } finally {
    database.close();
  }
}

/**
 * Starts a child, which loads and then waits. `runAndKill` tells it to go, kills it `delay` ms after its first
 * write began, and returns what it reported until then.
 */
function startChild<Write>(bundle: string, args: string[]) {
  const child = spawn(process.execPath, [bundle, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const run: KilledRun<Write> = { committed: [], inFlight: null };
  let stderr = '';
  let onFirstWrite: (() => void) | null = null;
  // A child that died before it was told to go says so through `ended`; writing to it must not throw as well.
  child.stdin.on('error', () => {});
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const message = JSON.parse(line) as ChildMessage<Write>;
    if (message.kind === 'begin') {
      onFirstWrite?.();
      onFirstWrite = null;
      run.inFlight = message.write;
    } else {
      run.committed.push(message.write);
      run.inFlight = null;
    }
  });
  // 'close' comes once the child's output has all been read, so every line it wrote is in `run` by then.
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  return {
    async runAndKill(go: ChildGo, delay: number): Promise<KilledRun<Write>> {
      let timer: NodeJS.Timeout | undefined;
      onFirstWrite = () => (timer = setTimeout(() => child.kill('SIGKILL'), delay));
      child.stdin.end(`${JSON.stringify(go)}\n`);
      const { code, signal } = await ended;
      clearTimeout(timer);
      if (signal !== 'SIGKILL') throw new Error(`The child ended by itself (${signal ?? `exit code ${code}`}) instead of being killed:\n${stderr}`);
      return run;
    },
    /** Ends a child that was never told to go: closing its input lets it exit. */
    discard() {
      child.stdin.end();
    },
  };
}
