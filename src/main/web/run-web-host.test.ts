import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/http-protocol';
import { MIGRATIONS_FOLDER } from '../core/test-support/temp-database';
import { send } from './http-test-client';
import { runWebHost, StartupError, type RunningWebHost } from './run-web-host';

let dir: string;
let running: RunningWebHost | null = null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stint-web-run-'));
});
afterEach(async () => {
  await running?.stop();
  running = null;
  rmSync(dir, { recursive: true, force: true });
});

function run(argv: string[], lines: string[] = []) {
  return runWebHost({ argv, baseDir: join(dir, 'out', 'main'), print: (line) => lines.push(line), userDataDir: join(dir, 'user-data') });
}

describe('runWebHost', () => {
  it('opens the database, serves the API, and prints one URL line and where the data is', async () => {
    const lines: string[] = [];
    const file = join(dir, 'trial.db');
    running = await run(['--db', file, '--port', '0', '--migrations', MIGRATIONS_FOLDER], lines);
    expect(running).not.toBeNull();
    const host = running!.host;
    expect(lines).toEqual([`Stint is running at ${host.url}`, `Data: ${file}`]);
    expect(lines.filter((line) => line.includes('http://'))).toHaveLength(1);
    expect(lines[0]).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/);

    const response = await send(host.port, { method: 'POST', path: '/api/listTags', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token }, body: '{}' });
    expect(response.json()).toEqual({ ok: true, value: [] });
    expect(existsSync(file)).toBe(true);
  });

  it('creates the user-data folder for the default database', async () => {
    const lines: string[] = [];
    running = await run(['--migrations', MIGRATIONS_FOLDER], lines);
    const file = join(dir, 'user-data', 'stint.db');
    expect(lines[1]).toBe(`Data: ${file}`);
    expect(existsSync(file)).toBe(true);
  });

  it('stops listening and closes the database on stop', async () => {
    const file = join(dir, 'a.db');
    running = await run(['--db', file, '--migrations', MIGRATIONS_FOLDER]);
    const { port } = running!.host;
    expect(existsSync(`${file}-wal`)).toBe(true);
    await running!.stop();
    running = null;
    await expect(send(port, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
    // SQLite removes the write-ahead log when the last connection to the file closes.
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('explains a database it cannot open, naming the file', async () => {
    const file = join(dir, 'missing-folder', 'stint.db');
    const attempt = run(['--db', file, '--migrations', MIGRATIONS_FOLDER]);
    await expect(attempt).rejects.toThrow(StartupError);
    await expect(run(['--db', file, '--migrations', MIGRATIONS_FOLDER])).rejects.toThrow(`Stint cannot open its database ${file}: `);
  });

  it('explains a port already in use', async () => {
    running = await run(['--db', join(dir, 'a.db'), '--migrations', MIGRATIONS_FOLDER]);
    const port = String(running!.host.port);
    await expect(run(['--db', join(dir, 'b.db'), '--port', port, '--migrations', MIGRATIONS_FOLDER])).rejects.toThrow(`Port ${port} is already in use`);
  });

  it('prints the usage for --help and starts nothing', async () => {
    const lines: string[] = [];
    expect(await run(['--help'], lines)).toBeNull();
    expect(lines.join('\n')).toContain('Usage: npm run web');
    expect(existsSync(join(dir, 'user-data'))).toBe(false);
  });
});
