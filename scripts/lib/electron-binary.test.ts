import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempProject } from './temp-project';
import { ensureElectronBinary, firstErrorLine, runElectronInstaller } from './electron-binary.mjs';

const project = useTempProject();
const { write } = project;

/** What the real installer leaves behind on success: the binary in dist/ and path.txt naming it. */
const INSTALLER_THAT_SUCCEEDS = `const { mkdirSync, writeFileSync } = require('node:fs');
mkdirSync(__dirname + '/dist', { recursive: true });
writeFileSync(__dirname + '/dist/electron', '');
writeFileSync(__dirname + '/path.txt', 'electron');`;
/** What the real installer prints offline (measured here: it fails in about 0.2 s). */
const INSTALLER_OFFLINE = `console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:13502:13\\n    at async FetchDownloader.download'); process.exit(1);`;
const INSTALLER_THAT_HANGS = 'setInterval(() => {}, 1000);';

describe('runElectronInstaller', () => {
  it('resolves ok when the installer exits 0', async () => {
    write('node_modules/electron/install.js', INSTALLER_THAT_SUCCEEDS);
    await expect(runElectronInstaller(project.root())).resolves.toEqual({ ok: true });
  });

  it("reports the installer's error in one line, without its stack trace", async () => {
    write('node_modules/electron/install.js', INSTALLER_OFFLINE);
    await expect(runElectronInstaller(project.root())).resolves.toEqual({ ok: false, reason: 'fetch failed' });
  });

  it('gives up on a hanging download after its time limit and says so', async () => {
    write('node_modules/electron/install.js', INSTALLER_THAT_HANGS);
    const log = vi.fn();
    const started = Date.now();
    const result = await runElectronInstaller(project.root(), { timeoutMs: 600, heartbeatMs: 200, log });
    expect(result).toEqual({ ok: false, reason: 'no download finished within 1 s' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/still downloading/));
  });

  it('says what to do when the electron package itself is missing', async () => {
    await expect(runElectronInstaller(project.root())).resolves.toEqual({ ok: false, reason: 'the electron package is not installed (run `npm install`)' });
  });
});

describe('firstErrorLine', () => {
  it('keeps the message of the first error line', () => {
    expect(firstErrorLine('TypeError: fetch failed\n    at x (y:1:2)\n')).toBe('fetch failed');
    expect(firstErrorLine('HTTPError [ERR_HTTP]: Response code 404 (Not Found)\n')).toBe('Response code 404 (Not Found)');
    expect(firstErrorLine('')).toBeNull();
  });
});

describe('ensureElectronBinary', () => {
  const neverCalled = () => {
    throw new Error('the installer must not run');
  };

  it('uses an installed binary without downloading', async () => {
    write('node_modules/electron/path.txt', 'electron');
    write('node_modules/electron/dist/electron');
    const result = await ensureElectronBinary({ root: project.root(), env: {}, install: neverCalled, log: () => {} });
    expect(result).toEqual({ binary: join(project.root(), 'node_modules/electron/dist/electron') });
  });

  it('downloads a missing binary, says it is downloading, then uses it', async () => {
    write('node_modules/electron/install.js', INSTALLER_THAT_SUCCEEDS);
    const log = vi.fn();
    const result = await ensureElectronBinary({ root: project.root(), env: {}, log });
    expect(log).toHaveBeenCalledWith('Downloading the Electron binary for the desktop app (about 100 MB, once)…');
    expect(result).toEqual({ binary: join(project.root(), 'node_modules/electron/dist/electron') });
  });

  it('gives the reason when the download fails', async () => {
    write('node_modules/electron/install.js', INSTALLER_OFFLINE);
    const result = await ensureElectronBinary({ root: project.root(), env: {}, log: () => {} });
    expect(result).toEqual({ binary: null, reason: 'the Electron binary could not be downloaded (fetch failed)' });
  });

  it('uses the binary ELECTRON_OVERRIDE_DIST_PATH names, and never downloads over a missing one', async () => {
    write('elsewhere/electron');
    const present = await ensureElectronBinary({ root: project.root(), env: { ELECTRON_OVERRIDE_DIST_PATH: join(project.root(), 'elsewhere') }, install: neverCalled, log: () => {} });
    expect(present).toEqual({ binary: join(project.root(), 'elsewhere/electron') });
    const missing = await ensureElectronBinary({ root: project.root(), env: { ELECTRON_OVERRIDE_DIST_PATH: join(project.root(), 'nowhere') }, install: neverCalled, log: () => {} });
    expect(missing).toEqual({ binary: null, reason: `ELECTRON_OVERRIDE_DIST_PATH (${join(project.root(), 'nowhere')}) holds no Electron binary` });
  });
});
