import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { clockStartingAt, systemClock, type Clock } from '../core/clock';
import { startDueTimer, watchDueReminders } from '../core/services/reminders/due-watch';
import { openSession, type DatabaseSession } from '../core/session/database-session';
import { defaultUserDataDir } from '../core/user-data';
import { parseWebArgs, USAGE } from './cli-args';
import { startWebHost, type WebHost } from './server';

export interface RunOptions {
  argv: string[];
  /** The folder of the built web.js (`out/main`). */
  baseDir: string;
  /** Where the two start-up lines go. */
  print?: (line: string) => void;
  userDataDir?: string;
}

export interface RunningWebHost {
  host: WebHost;
  databaseFile: string;
  /** Stops listening, then closes the database. */
  stop(): Promise<void>;
}

/** A reason the host cannot start, worded for the person at the terminal: printed as it is. */
export class StartupError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StartupError';
  }
}

/**
 * Opens the database as a session. A damaged file, one from a newer Stint or another program, or a failed upgrade
 * still starts the host: its page shows the recovery screen (restore a backup). A file or folder that cannot be
 * written, or opened at all, is the user's to fix first, so it is refused here.
 */
function openOrExplain(file: string, migrationsFolder: string, clock: Clock, print: (line: string) => void): DatabaseSession {
  const session = openSession({
    file,
    migrationsFolder,
    clock,
    // The rules run at start-up and once a minute; the page shows the browser's own notifications.
    whileOpen: (database, rules) => startDueTimer(watchDueReminders(database.db, clock, rules), () => {}),
  });
  const status = session.status();
  if (status.state === 'ready') return session;
  if (status.problem === 'not_writable') throw new StartupError(status.message);
  if (status.problem === 'cannot_open') throw new StartupError(`Stint cannot open its database ${file}: ${status.message}`);
  print(`Stint cannot use its database: ${status.message}`);
  print(
    status.newestGoodBackup
      ? `Open the address below to restore a backup (the newest good one is from ${new Date(status.newestGoodBackup.takenAt).toISOString()}).`
      : `No good backup was found in ${status.backupFolder}; open the address below for what can be done.`,
  );
  return session;
}

async function listenOrExplain(session: DatabaseSession, rendererRoot: string, port: number): Promise<WebHost> {
  try {
    return await startWebHost({ api: session.api, rendererRoot, port });
  } catch (error) {
    session.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new StartupError(`Port ${port} is already in use. Choose another with --port, or leave it out to take any free port.`);
    throw error;
  }
}

/**
 * `npm run web` without the process glue: reads the arguments, opens the database, starts the host and prints
 * the address to open. Returns null when it only printed the usage.
 */
export async function runWebHost(options: RunOptions): Promise<RunningWebHost | null> {
  const print = options.print ?? ((line: string) => console.log(line));
  const args = parseWebArgs(options.argv, { baseDir: options.baseDir, userDataDir: options.userDataDir ?? defaultUserDataDir() });
  if (args.help) {
    print(USAGE);
    return null;
  }
  // The desktop app creates its user-data folder on first run; the browser host may be the first to need it.
  if (args.dbIsDefault) mkdirSync(dirname(args.db), { recursive: true });

  const clock: Clock = args.now === null ? systemClock : clockStartingAt(args.now);
  const session = openOrExplain(args.db, args.migrations, clock, print);
  const host = await listenOrExplain(session, args.renderer, args.port);
  // Exactly one line holds the URL, so that scripts (and people) can pick it out.
  print(`Stint is running at ${host.url}`);
  print(`Data: ${args.db}`);
  if (args.now !== null) print(`Clock: starts at ${new Date(args.now).toISOString()}`);
  return {
    host,
    databaseFile: args.db,
    stop: async () => {
      await host.close();
      session.close();
    },
  };
}
