import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../core/test-support/temp-database';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stint-web-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs cli.ts as `npm run web` would run the built web.js, through tsx so no build is needed. */
function startCli(argv: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const printed = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (pattern.test(stdout) ? resolve() : undefined);
      child.stdout.on('data', check);
      void exited.then(() => reject(new Error(`exited before printing ${pattern}: ${stderr}`)));
    });
  return { child, exited, printed, output: () => ({ stdout, stderr }) };
}

describe('the web host process', () => {
  it('prints the URL line and the data line, and exits cleanly on SIGTERM', async () => {
    const file = join(dir, 'stint.db');
    const cli = startCli(['--db', file, '--port', '0', '--migrations', MIGRATIONS_FOLDER, '--renderer', dir]);
    await cli.printed(/^Data: .*\n/m);
    const lines = cli.output().stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Stint is running at http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
    expect(lines[1]).toBe(`Data: ${file}`);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  }, 20_000);

  it('prints a database it cannot open plainly and exits with 1', async () => {
    const file = join(dir, 'no-such-folder', 'stint.db');
    const cli = startCli(['--db', file, '--migrations', MIGRATIONS_FOLDER]);
    expect(await cli.exited).toBe(1);
    const { stdout, stderr } = cli.output();
    expect(stdout).toBe('');
    expect(stderr.trim()).toMatch(new RegExp(`^Stint cannot open its database ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 20_000);
});
