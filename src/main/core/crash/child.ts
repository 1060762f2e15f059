/**
 * The process the crash test kills: `child.cjs <workload> <database file> <migrations folder>`, the bundle
 * `bundleChild` makes of this file. Once loaded (and its workload prepared) it waits for a line on stdin (`ChildGo`: which run, which seed),
 * then opens the database as the app does and runs the workload, printing a line as each write begins and another
 * once it has returned, until it is killed. If its input closes without that line, it exits.
 */
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { systemClock } from '../clock';
import { seededRandom } from '../fixtures/pipeline-generator';
import { openSession } from '../session/database-session';
import type { ChildGo, ChildMessage, WriteLog } from './workload';
import { WORKLOADS } from './workloads';

/** Far longer than any kill waits: a child still running by then has lost its test, and stops. */
const ORPHAN_AFTER_MS = 30_000;

const [name = '', file = '', migrationsFolder = ''] = process.argv.slice(2);
const named = WORKLOADS[name];
if (!named || !file || !migrationsFolder) throw new Error('usage: child.cjs <workload> <database file> <migrations folder>');
const workload = named;
// While the test has yet to say go: the run before this one is still going on.
const prepared = workload.prepare?.({ file, migrationsFolder });

/** Waited on for a millisecond at a time while the pipe is full, until the test has read from it. */
const pipeFull = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes a line to stdout before returning, so that the test has it even if the kill comes next.
 * `process.stdout.write` does not promise that: once the pipe is full it keeps the line in this process, and a
 * loop that never yields never sends it.
 */
function send(message: ChildMessage<unknown>): void {
  let bytes = Buffer.from(`${JSON.stringify(message)}\n`);
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(1, bytes));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pipeFull, 0, 0, 1);
    }
  }
}

const log: WriteLog<unknown> = {
  begin: (write) => send({ kind: 'begin', write }),
  committed: (write) => send({ kind: 'committed', write }),
};

function go(line: string): void {
  const { run, seed } = JSON.parse(line) as ChildGo;
  const session = openSession({ file, migrationsFolder, clock: systemClock });
  const orphanedAt = Date.now() + ORPHAN_AFTER_MS;
  workload.run(session.api, log, { random: seededRandom(seed), run, keepGoing: () => Date.now() < orphanedAt, prepared });
  session.close();
  process.stderr.write(`The ${name} workload ran for ${ORPHAN_AFTER_MS / 1000} s without being killed, so it stopped.\n`);
  process.exitCode = 3;
}

createInterface({ input: process.stdin }).once('line', go);
