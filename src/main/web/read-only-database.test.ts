import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, type TempDatabase } from '../core/test-support/temp-database';
import { lockedDownDatabase, UNPRIVILEGED_USER } from '../core/test-support/unprivileged-user';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

/** Runs `npm run web -- --db <file>` as an unprivileged user; a host that starts is stopped after a few seconds. */
function startHostOn(file: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', CLI, '--db', file, '--migrations', MIGRATIONS_FOLDER, '--renderer', MIGRATIONS_FOLDER], {
    ...UNPRIVILEGED_USER,
    encoding: 'utf8',
    timeout: 20_000,
  });
}

let temp: TempDatabase;
afterEach(() => temp?.remove());

describe.skipIf(process.platform === 'win32')('the browser host on a database it cannot write', () => {
  it('refuses a read-only file at start-up, naming the file and what to do, and leaves it unchanged', () => {
    temp = lockedDownDatabase({ folderMode: 0o777, fileMode: 0o444 });
    const before = readFileSync(temp.file);
    const result = startHostOn(temp.file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(
      `Stint cannot save to its database ${temp.file}, because the file is read-only for your user account (it may belong to another user, or have been copied from a read-only place). Make the file writable for you, then start Stint again.`,
    );
    expect(readFileSync(temp.file).equals(before)).toBe(true);
  }, 30_000);

  it('refuses a database in a read-only folder, naming the folder rather than the file', () => {
    temp = lockedDownDatabase({ folderMode: 0o555, fileMode: 0o666 });
    const result = startHostOn(temp.file);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `Stint cannot save to its database ${temp.file}, because the folder ${temp.dir} is read-only for your user account (SQLite keeps its journal, stint.db-wal, beside the database). Make the folder writable for you, or move the database to a folder you own, then start Stint again.`,
    );
  }, 30_000);

  it('refuses to create a new database in a read-only folder, naming the folder', () => {
    temp = lockedDownDatabase({ folderMode: 0o555, fileMode: 0o666 });
    const result = startHostOn(join(temp.dir, 'new.db'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`because the folder ${temp.dir} is read-only for your user account`);
  }, 30_000);
});
