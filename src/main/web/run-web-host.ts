import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createApi } from '../core/api';
import { clockStartingAt, systemClock, type Clock } from '../core/clock';
import { openDatabase, type StintDatabase } from '../core/db/open';
import { DatabaseNotWritableError } from '../core/db/writable';
import { reminderRules } from '../core/services/reminders/freshness';
import { startDueTimer, watchDueReminders } from '../core/services/reminders/due-watch';
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

function openOrExplain(file: string, migrationsFolder: string): StintDatabase {
  try {
    return openDatabase(file, { migrationsFolder });
  } catch (error) {
    // It names the file or folder and what to do already.
    if (error instanceof DatabaseNotWritableError) throw new StartupError(error.message, { cause: error });
    throw new StartupError(`Stint cannot open its database ${file}: ${(error as Error).message}`, { cause: error });
  }
}

async function listenOrExplain(database: StintDatabase, api: ReturnType<typeof createApi>, rendererRoot: string, port: number): Promise<WebHost> {
  try {
    return await startWebHost({ api, rendererRoot, port });
  } catch (error) {
    database.close();
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

  const database = openOrExplain(args.db, args.migrations);
  const clock: Clock = args.now === null ? systemClock : clockStartingAt(args.now);
  const rules = reminderRules(database.db, clock);
  const host = await listenOrExplain(database, createApi(database.db, clock, rules), args.renderer, args.port);
  // The rules run at start-up and once a minute; the page shows the browser's own notifications.
  const stopTimer = startDueTimer(watchDueReminders(database.db, clock, rules), () => {});
  // Exactly one line holds the URL, so that scripts (and people) can pick it out.
  print(`Stint is running at ${host.url}`);
  print(`Data: ${args.db}`);
  if (args.now !== null) print(`Clock: starts at ${new Date(args.now).toISOString()}`);
  return {
    host,
    databaseFile: args.db,
    stop: async () => {
      stopTimer();
      await host.close();
      database.close();
    },
  };
}
