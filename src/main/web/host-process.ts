/**
 * The process glue around `runWebHost` for `npm run web` (loaded by cli.ts once the Node version is checked).
 * Plain Node, no Electron: this is how Stint runs where the Electron binary is not installed.
 */
import { runWebHost, type RunningWebHost } from './run-web-host';

/** Runs the host until Ctrl+C; `baseDir` is the folder of the built web.js, where its defaults are found. */
export async function runHostProcess(baseDir: string): Promise<void> {
  let running: RunningWebHost | null;
  try {
    running = await runWebHost({ argv: process.argv.slice(2), baseDir });
  } catch (error) {
    // Start-up problems are the user's to fix (a path, a port, a newer database): the message, not a stack.
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
    return;
  }
  if (!running) return;

  const host = running;
  let stopping = false;
  const stop = () => {
    // Ctrl+C reaches both `npm run web` and this process, and the parent forwards it too: stop only once.
    if (stopping) return;
    stopping = true;
    host.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
