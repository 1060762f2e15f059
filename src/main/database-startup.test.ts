import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS_FOLDER } from './core/test-support/temp-database';
import { openDatabaseOrReport } from './database-startup';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stint-startup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openDatabaseOrReport', () => {
  it('opens and migrates a new database without reporting anything', () => {
    const report = vi.fn();
    const database = openDatabaseOrReport({ file: join(dir, 'stint.db'), migrationsFolder: MIGRATIONS_FOLDER, report });
    try {
      expect(database).not.toBeNull();
      expect(database!.migration.applied).toBeGreaterThan(0);
      expect(report).not.toHaveBeenCalled();
    } finally {
      database?.close();
    }
  });

  it('reports a file that is not a database, naming the file, returns null and leaves the file as it was', () => {
    const file = join(dir, 'stint.db');
    writeFileSync(file, 'this is not a SQLite database, just some text long enough to have a header');
    const report = vi.fn();
    expect(openDatabaseOrReport({ file, migrationsFolder: MIGRATIONS_FOLDER, report })).toBeNull();
    expect(report).toHaveBeenCalledOnce();
    const [title, message] = report.mock.calls[0] as [string, string];
    expect(title).toMatch(/cannot open its database/);
    expect(message).toContain(file);
    expect(message).toMatch(/not a database/i);
    expect(readFileSync(file, 'utf8')).toBe('this is not a SQLite database, just some text long enough to have a header');
  });

  it('reports a failure that is not an Error, too', () => {
    const report = vi.fn();
    const open = () => {
      throw 'disk on fire';
    };
    expect(openDatabaseOrReport({ file: join(dir, 'x.db'), migrationsFolder: MIGRATIONS_FOLDER, report, open })).toBeNull();
    expect(report.mock.calls[0]?.[1]).toContain('disk on fire');
  });
});
