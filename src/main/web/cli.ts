/**
 * The entry of `npm run web` (built to out/main/web.js): the process glue around `runWebHost`. Plain Node, no
 * Electron: this is how Stint runs where the Electron binary is not installed.
 */
import { runWebHost, type RunningWebHost } from './run-web-host';

async function main(): Promise<void> {
  let running: RunningWebHost | null;
  try {
    running = await runWebHost({ argv: process.argv.slice(2), baseDir: __dirname });
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

void main();
