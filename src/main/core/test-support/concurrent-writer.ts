/**
 * One of two processes writing to the same database file at once, as the desktop app and `npm run web` do.
 * Run with `node --import tsx concurrent-writer.ts <file> <writes> <name>`: it opens the database, prints
 * `ready`, waits for a line on stdin so that both writers start together, then alternates creating a bid and
 * moving one through the API as a host would call it, and prints one JSON line: how many writes it made and
 * the message of every one that failed.
 */
import { createInterface } from 'node:readline';
import { STAGES, type Stage } from '../../../shared/domain';
import { systemClock } from '../clock';
import { dispatch } from '../dispatch';
import { bidInput } from './bid-input';
import { openSession } from '../session/database-session';
import { MIGRATIONS_FOLDER } from './temp-database';

const [file, writesText, name] = process.argv.slice(2);
if (!file || !writesText || !name) throw new Error('usage: concurrent-writer.ts <file> <writes> <name>');

const session = openSession({ file, migrationsFolder: MIGRATIONS_FOLDER, clock: systemClock });
const { api } = session;
const failures: string[] = [];
/** This writer's own bids and their stages: only it moves them, so every move it asks for is a real one. */
const stageOf = new Map<number, Stage>();

function write<T>(method: 'createBid' | 'moveBid', input: unknown): T | null {
  const result = dispatch(api, method, input, () => {});
  if (!result.ok) failures.push(result.error.message);
  return result.ok ? (result.value as T) : null;
}

function run(): void {
  const writes = Number(writesText);
  for (let index = 0; index < writes; index += 1) {
    const ids = [...stageOf.keys()];
    if (index % 2 === 0 || ids.length === 0) {
      const bid = write<{ id: number; stage: Stage }>('createBid', bidInput({ title: `${name} bid ${index}` }));
      if (bid) stageOf.set(bid.id, bid.stage);
    } else {
      const id = ids[index % ids.length] as number;
      const to = STAGES[(STAGES.indexOf(stageOf.get(id) as Stage) + 1) % STAGES.length] as Stage;
      if (write('moveBid', { id, to })) stageOf.set(id, to);
    }
  }
  session.close();
  process.stdout.write(`${JSON.stringify({ writes, created: stageOf.size, failures })}\n`);
}

process.stdout.write('ready\n');
createInterface({ input: process.stdin }).once('line', run);
