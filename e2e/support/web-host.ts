import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const WEB_HOST = resolve(__dirname, '../../out/main/web.js');
const URL_PATTERN = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/;
const START_TIMEOUT_MS = 15_000;

export interface RunningHost {
  /** The printed URL with its token: opening it logs the browser in. A restart prints a new one. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly databaseFile: string;
  /** Stops the process but keeps its database, as when the user stops `npm run web` with Ctrl+C. */
  halt(): Promise<void>;
  /** Freezes the process (SIGSTOP): it still accepts connections but answers nothing, like a host paused in a debugger. */
  suspend(): void;
  /** Lets a suspended process carry on, answering what it was asked meanwhile. */
  resume(): void;
  /**
   * Starts it again on the same port and database, as running `npm run web -- --port <the same>` again does:
   * the data is the same, the token and the session are new.
   */
  restart(): Promise<void>;
  /** Stops the process and deletes the temporary folder it was given, if any. */
  stop(): Promise<void>;
}

interface Started {
  child: ChildProcess;
  url: URL;
}

/** Spawns the built host and waits for the one line that holds its URL. */
async function spawnHost(databaseFile: string, port: number, now?: string): Promise<Started> {
  const clock = now === undefined ? [] : ['--now', now];
  const child = spawn(process.execPath, [WEB_HOST, '--db', databaseFile, '--port', String(port), ...clock], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`The web host printed no URL within ${START_TIMEOUT_MS} ms. ${stderr}`)), START_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      const match = URL_PATTERN.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited with ${code} before printing its URL. ${stderr}`));
    });
  });
  return { child, url: new URL(url) };
}

/**
 * Starts the built browser host (`npm run web`'s process) on a free port over `databaseFile`, or over a new
 * database in a fresh temporary folder, and waits for the URL it prints. `now` starts its clock at that instant.
 */
export async function startWebHost(databaseFile?: string, now?: string): Promise<RunningHost> {
  const dir = databaseFile ? undefined : mkdtempSync(join(tmpdir(), 'stint-e2e-'));
  const file = databaseFile ?? join(dir as string, 'stint.db');
  let current = await spawnHost(file, 0, now);
  const port = Number(current.url.port);
  return {
    get url() {
      return current.url.href;
    },
    get origin() {
      return current.url.origin;
    },
    get token() {
      return current.url.searchParams.get('token') ?? '';
    },
    databaseFile: file,
    halt: () => stopProcess(current.child),
    suspend: () => current.child.kill('SIGSTOP'),
    resume: () => current.child.kill('SIGCONT'),
    restart: async () => {
      await stopProcess(current.child);
      current = await spawnHost(file, port, now);
    },
    stop: async () => {
      await stopProcess(current.child);
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    child.once('exit', () => resolveStop());
    child.kill('SIGCONT'); // a suspended process cannot act on SIGTERM
    child.kill('SIGTERM');
  });
}
