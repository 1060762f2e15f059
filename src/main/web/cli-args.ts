import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DATABASE_FILE } from '../core/user-data';

export const USAGE = `Usage: npm run web -- [--db <file>] [--port <n>] [--now <ISO time>] [--migrations <folder>] [--renderer <folder>]

  --db <file>           the database to open (default: the desktop app's, in its user-data folder)
  --port <n>            the port on 127.0.0.1 to listen on (default: any free port)
  --now <ISO time>      run on a clock that starts at this time, e.g. 2026-03-02T09:00:00Z (demos and tests)
  --migrations <folder> the schema migrations (default: the ones built with Stint)
  --renderer <folder>   the built page to serve (default: out/renderer)`;

/** A mistake in the command line: printed with the usage, never with a stack. */
export class UsageError extends Error {
  constructor(message: string) {
    super(`${message}\n\n${USAGE}`);
    this.name = 'UsageError';
  }
}

export interface WebHostArgs {
  db: string;
  /** True when no --db was given, so the user-data folder may need creating. */
  dbIsDefault: boolean;
  port: number;
  /** The instant the host's clock starts at (--now), or null for the real time. */
  now: number | null;
  migrations: string;
  renderer: string;
  help: boolean;
}

export interface ArgDefaults {
  /** The folder of the built web.js (`out/main`): the migrations and the page are found relative to it. */
  baseDir: string;
  userDataDir: string;
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`--port must be a number from 0 to 65535, not "${text}".`);
  return port;
}

function parseNow(text: string | undefined): number | null {
  if (text === undefined) return null;
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(at)) throw new UsageError(`--now must be a date and time with its zone, such as 2026-03-02T09:00:00Z, not "${text}".`);
  return at;
}

/** Reads the command line; relative paths are taken from the current folder. */
export function parseWebArgs(argv: string[], defaults: ArgDefaults): WebHostArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        now: { type: 'string' },
        migrations: { type: 'string' },
        renderer: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return {
    db: resolve(values.db ?? join(defaults.userDataDir, DATABASE_FILE)),
    dbIsDefault: values.db === undefined,
    port: parsePort(values.port),
    now: parseNow(values.now),
    migrations: resolve(values.migrations ?? join(defaults.baseDir, '../../drizzle')),
    renderer: resolve(values.renderer ?? join(defaults.baseDir, '../renderer')),
    help: values.help ?? false,
  };
}
