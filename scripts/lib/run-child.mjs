import { spawn, spawnSync } from 'node:child_process';

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Runs a Node script to completion with the terminal attached; returns its exit status (1 if it could not run). */
export function runNodeScriptSync(script, args, options = {}) {
  const result = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', ...options });
  if (result.error) console.error(result.error.message);
  return result.status ?? 1;
}

/**
 * Hands this process over to a Node script: same terminal, signals passed on, and its exit code (or the
 * signal that ended it) becomes ours. Uses this Node (the pinned Node 24 under npm), never the system one.
 */
export function execNodeScript(script, args, options = {}) {
  const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit', ...options });
  // Ctrl+C reaches the child directly as well; it stops once however many copies arrive.
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  child.once('error', (error) => {
    console.error(error.message);
    process.exit(1);
  });
  child.once('exit', (code, signal) => {
    for (const name of FORWARDED_SIGNALS) process.off(name, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}
