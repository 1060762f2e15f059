import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS_FOLDER, type TempDatabase } from './core/test-support/temp-database';
import { lockedDownDatabase, UNPRIVILEGED_USER } from './core/test-support/unprivileged-user';
import { fixedClock } from './core/clock';
import { openSessionOrReport } from './database-startup';

const STARTUP_AS_PROCESS = fileURLToPath(new URL('./test-support/report-database-startup.ts', import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stint-startup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const clock = fixedClock(Date.UTC(2026, 2, 2, 9));

describe('openSessionOrReport', () => {
  it('opens and migrates a new database without reporting anything', () => {
    const report = vi.fn();
    const session = openSessionOrReport({ file: join(dir, 'stint.db'), migrationsFolder: MIGRATIONS_FOLDER, clock, report });
    try {
      expect(session?.status().state).toBe('ready');
      expect(session?.database()?.migration.applied).toBeGreaterThan(0);
      expect(report).not.toHaveBeenCalled();
    } finally {
      session?.close();
    }
  });

  it('opens the window on the recovery screen for a file that is not a database, and leaves the file as it was', () => {
    const file = join(dir, 'stint.db');
    writeFileSync(file, 'this is not a SQLite database, just some text long enough to have a header');
    const report = vi.fn();
    const session = openSessionOrReport({ file, migrationsFolder: MIGRATIONS_FOLDER, clock, report });
    expect(report).not.toHaveBeenCalled();
    expect(session?.status()).toMatchObject({ state: 'unavailable', problem: 'not_stint', file });
    expect(session?.status()).toHaveProperty('message', expect.stringContaining(`${file} is not a Stint database`));
    expect(readFileSync(file, 'utf8')).toBe('this is not a SQLite database, just some text long enough to have a header');
  });

  it('reports a failure that is not an Error, too', () => {
    const report = vi.fn();
    const open = () => {
      throw 'disk on fire';
    };
    expect(openSessionOrReport({ file: join(dir, 'x.db'), migrationsFolder: MIGRATIONS_FOLDER, clock, report, open })).toBeNull();
    expect(report.mock.calls[0]?.[1]).toContain('disk on fire');
  });
});

describe.skipIf(process.platform === 'win32')('openDatabaseOrReport on a database the user cannot write', () => {
  let temp: TempDatabase;
  afterEach(() => temp?.remove());

  /** What the start-up error dialog shows, when the app's start-up runs as an unprivileged user. */
  function dialogShownFor(file: string): { title: string; message: string } | null {
    const result = spawnSync(process.execPath, ['--import', 'tsx', STARTUP_AS_PROCESS, file], { ...UNPRIVILEGED_USER, encoding: 'utf8', timeout: 20_000 });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as { title: string; message: string } | null;
  }

  it('says at start-up that a read-only file cannot be saved to, naming the file', () => {
    temp = lockedDownDatabase({ folderMode: 0o777, fileMode: 0o444 });
    const dialog = dialogShownFor(temp.file);
    expect(dialog?.title).toBe('Stint cannot save to its database');
    expect(dialog?.message).toMatch(/^Stint cannot save to its database .*, because the file is read-only for your user account/);
    expect(dialog?.message).toContain(`Database file: ${temp.file}`);
  }, 30_000);

  it('names the folder when the folder is what cannot be written', () => {
    temp = lockedDownDatabase({ folderMode: 0o555, fileMode: 0o666 });
    const dialog = dialogShownFor(temp.file);
    expect(dialog?.title).toBe('Stint cannot save to its database');
    expect(dialog?.message).toContain(`because the folder ${temp.dir} is read-only for your user account`);
  }, 30_000);

  it('shows no dialog when the user can write both', () => {
    temp = lockedDownDatabase({ folderMode: 0o777, fileMode: 0o666 });
    expect(dialogShownFor(temp.file)).toBeNull();
  }, 30_000);
});
