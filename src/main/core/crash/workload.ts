import type { ApiHandlers } from '../../../shared/contract';
import type { StintDatabase } from '../db/open';
import type { Random } from '../fixtures/pipeline-generator';

/**
 * Something the app does to its database that a crash may interrupt at any moment. It runs in a child process
 * (`child.ts`), which the crash test kills with SIGKILL over and over, and it is checked in the test after each kill.
 * `Write` describes one write, as the child reports it.
 */
export interface Workload<Write, Prepared = unknown> {
  /** How the crash test names it to the child: a key of `WORKLOADS`. */
  name: string;
  /**
   * Child side, once loaded and before it is told to go, so that it overlaps the run before it: makes what every
   * run needs and takes long to make (the imports' file). Its result is the run's `prepared`.
   */
  prepare?(files: { file: string; migrationsFolder: string }): Prepared;
  /** Child side: writes through the API until killed, telling `log` before each write and after it returned. */
  run(api: ApiHandlers, log: WriteLog<Write>, context: RunContext<Prepared>): void;
  /** Test side: a fresh checker for one database, which accumulates across kills as a user's does. */
  checker(): Checker<Write>;
}

export interface RunContext<Prepared = unknown> {
  /** The run's choices, from the seed the test gave it. */
  random: Random;
  /** Which run of the child this is, from 0: tells apart what each run created. */
  run: number;
  /** False once the child has run far longer than any kill waits: the test has gone, so it should stop. */
  keepGoing(): boolean;
  /** What the workload's `prepare` made, if it has one. */
  prepared: Prepared;
}

/** What the child tells the test, a line each time, before the next write can begin. */
export interface WriteLog<Write> {
  /** A write is about to be made. */
  begin(write: Write): void;
  /** Its call has returned, so it is committed; `write` may add what the call told, such as a new bid's id. */
  committed(write: Write): void;
}

/** What one child process reported before it was killed. */
export interface KilledRun<Write> {
  /** Every write whose call returned: committed, so it must be in the database. */
  committed: Write[];
  /** The write begun but not returned when the kill came: it may or may not be in the database. */
  inFlight: Write | null;
}

export interface Checker<Write> {
  /** Looks at the database after a kill, opened by the app's `openDatabase`. */
  check(database: StintDatabase, run: KilledRun<Write>): CheckResult;
}

export interface CheckResult {
  /** What is wrong: a committed write missing, or one half done. Empty when all is well. */
  problems: string[];
  /** Whether the write in flight when the kill came turned out stored; null when none was in flight. */
  inFlightStored: boolean | null;
}

/** One line of the child's output, as JSON. */
export type ChildMessage<Write> = { kind: 'begin'; write: Write } | { kind: 'committed'; write: Write };

/** The line the test sends a loaded child to start it: which run it is, and the seed of its choices. */
export interface ChildGo {
  run: number;
  seed: number;
}
