import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempProject } from './temp-project';

const BROWSER_HOST = pathToFileURL(fileURLToPath(new URL('./browser-host.mjs', import.meta.url))).href;

const project = useTempProject();
const { write } = project;

/** A stand-in for the built host: reports its arguments and folder, and exits with 3. */
const FAKE_HOST = 'console.log("host " + JSON.stringify(process.argv.slice(2)) + " in " + process.cwd()); process.exit(3);';
/** A stand-in for `electron-vite build` that writes the two outputs. */
const FAKE_BUILD = `const { mkdirSync, writeFileSync } = require('node:fs');
mkdirSync('out/main', { recursive: true }); mkdirSync('out/renderer', { recursive: true });
writeFileSync('out/main/web.js', ${JSON.stringify(FAKE_HOST)}); writeFileSync('out/renderer/index.html', '');
console.log('built with ' + process.argv.slice(2).join(' '));`;

/** Runs startBrowserHost over the fake project in a process of its own (it ends the process it runs in). */
function startBrowserHost(args: string[], cwd: string) {
  const script = `import(${JSON.stringify(BROWSER_HOST)}).then((m) => m.startBrowserHost(${JSON.stringify(args)}, ${JSON.stringify(project.root())}))`;
  const env = { ...process.env, INIT_CWD: cwd };
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project.root(), env, encoding: 'utf8' });
}

describe('startBrowserHost', () => {
  it('builds first when the output is missing, then runs the host with the arguments and passes on its exit code', () => {
    write('node_modules/electron-vite/bin/electron-vite.js', FAKE_BUILD);
    const result = startBrowserHost(['--db', 'trial.db'], tmpdir());
    expect(result.stdout).toMatch(/^Building Stint first \(out\/main\/web.js and out\/renderer\/index.html are missing\)…\nbuilt with build\n/);
    expect(result.stdout).toContain(`host ["--db","trial.db"] in ${tmpdir()}`);
    expect(result.status).toBe(3);
    expect(existsSync(join(project.root(), 'out/main/web.js'))).toBe(true);
  });

  it('runs the built host at once when the output is there', () => {
    write('out/main/web.js', FAKE_HOST);
    write('out/renderer/index.html', '');
    const result = startBrowserHost([], project.root());
    expect(result.stdout).toBe(`host [] in ${project.root()}\n`);
    expect(result.status).toBe(3);
  });

  it('stops with a plain message when the build fails', () => {
    write('node_modules/electron-vite/bin/electron-vite.js', 'process.exit(2)');
    const result = startBrowserHost([], project.root());
    expect(result.stderr).toContain('The build failed');
    expect(result.status).toBe(2);
  });
});
