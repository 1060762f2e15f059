import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { installedElectronBinary, PROJECT_ROOT } from './project.mjs';

/**
 * A download that has not finished in this time is given up: the browser host is a working fallback, and a
 * stalled connection must never leave `npm start` waiting without end. 100 MB in five minutes is ~350 kB/s.
 */
export const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;
/** How often a running download says it is still going (the installer's own bar needs a terminal we don't give it). */
const HEARTBEAT_MS = 15_000;

/** The electron package's own installer: what `require('electron')` and `npx install-electron` run. */
export function electronInstallerScript(root = PROJECT_ROOT) {
  return join(root, 'node_modules', 'electron', 'install.js');
}

/**
 * Runs the electron package's installer in a child process and resolves to `{ ok: true }` or
 * `{ ok: false, reason }`, where the reason is one line (the installer's error, not its stack trace). The child
 * is killed if it runs past `timeoutMs`.
 */
export function runElectronInstaller(root = PROJECT_ROOT, { timeoutMs = DOWNLOAD_TIMEOUT_MS, heartbeatMs = HEARTBEAT_MS, log = console.log } = {}) {
  const script = electronInstallerScript(root);
  if (!existsSync(script)) return Promise.resolve({ ok: false, reason: 'the electron package is not installed (run `npm install`)' });
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [script], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const heartbeat = setInterval(() => log(`  … still downloading (${Math.round((Date.now() - started) / 1000)} s)`), heartbeatMs);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const finish = (result) => {
      clearInterval(heartbeat);
      clearTimeout(timer);
      resolve(result);
    };
    child.once('error', (error) => finish({ ok: false, reason: error.message }));
    child.once('exit', (code) => {
      if (timedOut) finish({ ok: false, reason: `no download finished within ${Math.round(timeoutMs / 1000)} s` });
      else if (code === 0) finish({ ok: true });
      else finish({ ok: false, reason: firstErrorLine(stderr) ?? `the installer exited with code ${code}` });
    });
  });
}

/** `TypeError: fetch failed\n    at …` → `fetch failed`: the part of a Node error a user can read. */
export function firstErrorLine(text) {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const errorLine = lines.find((line) => /^[A-Za-z]*Error\b/.test(line)) ?? lines.find((line) => !line.startsWith('at '));
  return errorLine?.replace(/^[A-Za-z]*Error(\s*\[[^\]]*\])?:\s*/, '') || null;
}

/**
 * Makes sure the desktop app can open: the installed binary, or one fetched now by the electron package's
 * installer. Resolves to `{ binary }` or `{ binary: null, reason }` (one line, for the user).
 *
 * A binary named by ELECTRON_OVERRIDE_DIST_PATH is the user's own: it is used when present and never
 * downloaded over when missing.
 */
export async function ensureElectronBinary({ root = PROJECT_ROOT, env = process.env, install = runElectronInstaller, log = console.log } = {}) {
  const installed = installedElectronBinary(root, env);
  if (installed) return { binary: installed };
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    return { binary: null, reason: `ELECTRON_OVERRIDE_DIST_PATH (${env.ELECTRON_OVERRIDE_DIST_PATH}) holds no Electron binary` };
  }
  log('Downloading the Electron binary for the desktop app (about 100 MB, once)…');
  const result = await install(root, { log });
  if (!result.ok) return { binary: null, reason: `the Electron binary could not be downloaded (${result.reason})` };
  const downloaded = installedElectronBinary(root, env);
  return downloaded ? { binary: downloaded } : { binary: null, reason: 'the Electron installer finished but left no binary' };
}
