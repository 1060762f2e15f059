import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArgs, UsageError } from './cli-args';

const defaults = { baseDir: resolve('/app/out/main'), userDataDir: resolve('/home/me/.config/Stint') };

describe('parseWebArgs', () => {
  it('defaults to the desktop app’s database, any free port, and the folders next to the build', () => {
    expect(parseWebArgs([], defaults)).toEqual({
      db: join(defaults.userDataDir, 'stint.db'),
      dbIsDefault: true,
      port: 0,
      now: null,
      migrations: resolve('/app/drizzle'),
      renderer: resolve('/app/out/renderer'),
      help: false,
    });
  });

  it('takes each option, in either spelling, with relative paths from the current folder', () => {
    const args = parseWebArgs(['--db', 'trial.db', '--port=8123', '--migrations', '/m', '--renderer', '/r'], defaults);
    expect(args).toMatchObject({ db: resolve('trial.db'), dbIsDefault: false, port: 8123, migrations: resolve('/m'), renderer: resolve('/r') });
  });

  it('takes --now as a date and time with its zone, and refuses one without', () => {
    expect(parseWebArgs(['--now', '2026-03-02T09:00:00Z'], defaults).now).toBe(Date.UTC(2026, 2, 2, 9));
    expect(parseWebArgs(['--now', '2026-03-02T10:00+01:00'], defaults).now).toBe(Date.UTC(2026, 2, 2, 9));
    expect(() => parseWebArgs(['--now', '2026-03-02 09:00'], defaults)).toThrow('--now must be a date and time with its zone, such as 2026-03-02T09:00:00Z, not "2026-03-02 09:00".');
  });

  it('asks for help with --help or -h', () => {
    expect(parseWebArgs(['-h'], defaults).help).toBe(true);
  });

  it.each([
    [['--port', 'eighty']],
    [['--port', '70000']],
    [['--port', '-1']],
    [['--port', '1e3']],
    [['--verbose']],
    [['stray.db']],
    [['--db']],
  ])('refuses %j with the usage', (argv) => {
    expect(() => parseWebArgs(argv, defaults)).toThrow(UsageError);
    expect(() => parseWebArgs(argv, defaults)).toThrow(/Usage: npm run web/);
  });
});
