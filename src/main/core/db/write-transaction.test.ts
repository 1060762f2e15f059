import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDatabase, type TempDatabase } from '../test-support/temp-database';

const WRITER = fileURLToPath(new URL('../test-support/concurrent-writer.ts', import.meta.url));
const WRITES_PER_HOST = 300;

interface WriterReport {
  writes: number;
  created: number;
  failures: string[];
}

/** Starts a writer process and resolves once it has opened the database and waits for the signal to go. */
function startWriter(file: string, name: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, String(WRITES_PER_HOST), name], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const ready = new Promise<void>((resolve) => lines.once('line', () => resolve()));
  const report = new Promise<WriterReport>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`writer ${name} exited with ${code} before reporting`)));
    ready.then(() => lines.once('line', (line) => resolve(JSON.parse(line) as WriterReport)), reject);
  });
  return { ready, go: () => child.stdin.write('go\n'), report };
}

let temp: TempDatabase;
afterEach(() => temp?.remove());

describe('two hosts writing to one database at once', () => {
  it('completes every create and move of both, none refused as "database is locked"', async () => {
    temp = tempDatabase();
    temp.open().close();

    const writers = [startWriter(temp.file, 'desktop'), startWriter(temp.file, 'browser')];
    await Promise.all(writers.map((writer) => writer.ready));
    for (const writer of writers) writer.go();
    const reports = await Promise.all(writers.map((writer) => writer.report));

    expect(reports.flatMap((report) => report.failures)).toEqual([]);
    const database = temp.open();
    const stored = database.sqlite.prepare('SELECT count(*) FROM opportunities').pluck().get();
    const events = database.sqlite.prepare('SELECT count(*) FROM stage_events').pluck().get();
    expect(stored).toBe(reports[0]!.created + reports[1]!.created);
    // One event per create and one per move: every write each host was told had worked is stored.
    expect(events).toBe(2 * WRITES_PER_HOST);
  }, 60_000);
});
