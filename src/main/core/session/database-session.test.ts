import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import { openDatabase } from '../db/open';
import { generatePipeline, SAMPLE_PIPELINE } from '../fixtures/pipeline-generator';
import { bidInput } from '../test-support/bid-input';
import { fileDigest, overwritePages } from '../test-support/damage';
import { databaseDump } from '../test-support/dump';
import { migrationsUpTo, migrationsWith } from '../test-support/migrations';
import { MIGRATIONS_FOLDER, tempDatabase, TEST_NOW, type TempDatabase } from '../test-support/temp-database';
import { createBidSchema } from '../../../shared/schemas';
import { createBid } from '../services/bids/bids';
import { openSession, type DatabaseSession } from './database-session';

const DAY = 86_400_000;
let temp: TempDatabase | undefined;
const sessions: DatabaseSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.close();
  temp?.remove();
});

function start(clock = fixedClock(TEST_NOW), migrationsFolder = MIGRATIONS_FOLDER): DatabaseSession {
  const session = openSession({ file: temp!.file, migrationsFolder, clock, log: () => {} });
  sessions.push(session);
  return session;
}

function withSamplePipeline(): void {
  temp = tempDatabase();
  const database = temp.open();
  generatePipeline(database.db, { ...SAMPLE_PIPELINE, now: TEST_NOW - 2 * DAY });
  database.close();
}

const backupsFolder = () => join(temp!.dir, 'backups');
const bidCount = (session: DatabaseSession) => session.database()?.sqlite.prepare('SELECT count(*) FROM opportunities').pluck().get();

describe('automatic backups', () => {
  it('takes one at start-up when none is less than a day old, checks it, and lists it with what it holds', () => {
    withSamplePipeline();
    const clock = fixedClock(TEST_NOW);
    const session = start(clock);
    const [daily, ...others] = session.api.listBackups(undefined).backups;
    expect(others).toEqual([]);
    expect(daily).toMatchObject({ reason: 'daily', takenAt: TEST_NOW, readable: true, counts: { bids: SAMPLE_PIPELINE.bids } });
    expect(session.api.listBackups(undefined).folder).toBe(backupsFolder());
    session.close();

    clock.advance(DAY - 1);
    expect(start(clock).api.listBackups(undefined).backups).toHaveLength(1);
    clock.advance(1);
    expect(start(clock).api.listBackups(undefined).backups.map((backup) => backup.reason)).toEqual(['daily', 'daily']);
  });

  it('takes none of an empty database', () => {
    temp = tempDatabase();
    expect(start().api.listBackups(undefined).backups).toEqual([]);
  });

  it('keeps the newest of each of the last 7 days and of each of the last 4 weeks', () => {
    temp = tempDatabase();
    const database = temp.open();
    createBid(database.db, TEST_NOW, createBidSchema.parse(bidInput()));
    database.close();
    const clock = fixedClock(TEST_NOW);
    const session = start(clock);
    for (let day = 1; day <= 40; day += 1) {
      clock.advance(DAY);
      session.api.backupNow(undefined);
      clock.advance(60_000);
      session.api.backupNow(undefined);
    }
    const kept = session.api.listBackups(undefined).backups.map((backup) => backup.takenAt);
    const newest = TEST_NOW + 40 * (DAY + 60_000);
    // The last 7 days (Saturday 11 April back to Sunday 5 April), each its later backup; the weeks of 6 April and
    // 30 March are among them; then the last backup of each of the two weeks before, Sundays 29 and 22 March.
    expect(kept.slice(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6].map((back) => newest - back * (DAY + 60_000)));
    expect(kept.map((at) => new Date(at).toISOString().slice(0, 10))).toEqual(['2026-04-11', '2026-04-10', '2026-04-09', '2026-04-08', '2026-04-07', '2026-04-06', '2026-04-05', '2026-03-29', '2026-03-22']);
    expect(readdirSync(backupsFolder())).toHaveLength(9);
  });

  it('backs the database up before an upgrade, as it was before it', () => {
    temp = tempDatabase();
    const previous = temp.open(migrationsUpTo(temp.dir, '0020_backfill_closed_by'));
    previous.sqlite
      .prepare(`INSERT INTO opportunities (title, source, engagement, stage, brief_checklist, stage_changed_at, created_at, updated_at) VALUES ('Interim CFO', 'agency', 'interim', 'lead', '[]', 0, 0, 0)`)
      .run();
    previous.close();
    const before = databaseDump(temp.file);

    const session = start();
    const upgrade = session.api.listBackups(undefined).backups.find((backup) => backup.reason === 'before-upgrade');
    expect(upgrade).toBeDefined();
    expect(databaseDump(join(backupsFolder(), upgrade!.name))).toEqual(before);
    expect(session.database()?.sqlite.prepare('SELECT uid FROM opportunities').pluck().get()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('clears away a copy cut short over an hour ago, but not one that may still be being written', () => {
    withSamplePipeline();
    const session = start();
    const old = join(backupsFolder(), 'stint-2026-01-01T00-00-00-000Z-daily.db.partial');
    const fresh = join(backupsFolder(), 'stint-2026-03-01T18-00-00-000Z-manual.db.partial');
    writeFileSync(old, 'cut short');
    writeFileSync(fresh, 'being written');
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    session.api.backupNow(undefined);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it('says in words why a backup could not be written, and keeps no half-written file', () => {
    withSamplePipeline();
    const session = start();
    writeFileSync(join(temp!.dir, 'not-a-folder'), '');
    session.api.setBackupFolder({ folder: join(temp!.dir, 'not-a-folder', 'backups') });
    expect(() => session.api.backupNow(undefined)).toThrow(/^The backup was not taken: /);
    expect(session.api.setBackupFolder({ folder: null }).folder).toBe(backupsFolder());
  });
});

describe('a database that cannot be used', () => {
  it('is not written to, says it is damaged, and offers the newest good backup', () => {
    withSamplePipeline();
    const first = start();
    const good = first.api.listBackups(undefined).backups[0];
    first.close();
    overwritePages(temp!.file, 7);
    const damagedBytes = fileDigest(temp!.file);

    const session = start(fixedClock(TEST_NOW + DAY));
    expect(session.status()).toMatchObject({ state: 'unavailable', problem: 'damaged', newestGoodBackup: { name: good?.name } });
    expect(() => session.api.createBid(createBidSchema.parse(bidInput()))).toThrow(/is damaged/);
    expect(fileDigest(temp!.file)).toBe(damagedBytes);
  });

  it('is replaced by a restored backup, the damaged file kept byte for byte beside it', () => {
    withSamplePipeline();
    const first = start();
    const good = first.api.listBackups(undefined).backups[0]!;
    first.close();
    overwritePages(temp!.file, 7);
    const damagedBytes = fileDigest(temp!.file);

    const session = start(fixedClock(TEST_NOW + DAY));
    const restored = session.api.restoreBackup({ backup: good.name });
    expect(restored.previous).toMatchObject({ kept: 'moved' });
    const movedTo = (restored.previous as { file: string }).file;
    expect(fileDigest(movedTo)).toBe(damagedBytes);
    expect(session.status().state).toBe('ready');
    expect(bidCount(session)).toBe(SAMPLE_PIPELINE.bids);
    expect(session.api.checkIntegrity(undefined)).toEqual({ ok: true, problems: [] });
  });

  it('skips a damaged backup: it is neither offered nor restored', () => {
    withSamplePipeline();
    const first = start();
    const good = first.api.listBackups(undefined).backups[0]!;
    first.close();
    const clock = fixedClock(TEST_NOW + DAY);
    const second = start(clock);
    const newer = second.api.listBackups(undefined).backups[0]!;
    second.close();
    overwritePages(join(backupsFolder(), newer.name), 7);
    overwritePages(temp!.file, 7);

    const session = start(clock);
    expect(session.status()).toMatchObject({ state: 'unavailable', newestGoodBackup: { name: good.name } });
    expect(() => session.api.restoreBackup({ backup: newer.name })).toThrow(`The backup ${newer.name} is damaged or cannot be read; choose another.`);
  });

  it('leaves the file exactly as it was when an upgrade fails, and says so', () => {
    withSamplePipeline();
    const before = databaseDump(temp!.file);
    const failing = migrationsWith(temp!.dir, 'ALTER TABLE opportunities ADD COLUMN extra text;\n--> statement-breakpoint\nINSERT INTO no_such_table VALUES (1);');
    const session = start(fixedClock(TEST_NOW), failing);
    expect(session.status()).toMatchObject({ state: 'unavailable', problem: 'upgrade_failed' });
    expect(databaseDump(temp!.file)).toEqual(before);
    expect(session.api.listBackups(undefined).backups.map((backup) => backup.reason)).toEqual(['before-upgrade']);
  });
});

it('backs the database up before an import is applied', () => {
  withSamplePipeline();
  const session = start();
  const text = session.api.exportJson(undefined).text;
  const preview = session.api.previewImport({ format: 'stint-json', file: text });
  if (!preview.token) throw new Error(`The preview found problems: ${JSON.stringify(preview)}`);
  session.api.commitImport({ format: 'stint-json', file: text, token: preview.token });
  expect(session.api.listBackups(undefined).backups.map((backup) => backup.reason)).toContain('before-import');
});

describe('restoring a backup while the database is sound', () => {
  it('backs up the current database first, then puts the backup in its place', () => {
    withSamplePipeline();
    const clock = fixedClock(TEST_NOW);
    const session = start(clock);
    const daily = session.api.listBackups(undefined).backups[0]!;
    clock.advance(DAY);
    session.api.createBid(createBidSchema.parse(bidInput({ title: 'Made after the backup' })));
    expect(bidCount(session)).toBe(SAMPLE_PIPELINE.bids + 1);

    const restored = session.api.restoreBackup({ backup: daily.name });
    expect(restored.previous).toMatchObject({ kept: 'backup' });
    expect(bidCount(session)).toBe(SAMPLE_PIPELINE.bids);
    const keptFirst = session.api.listBackups(undefined).backups.find((backup) => backup.reason === 'before-restore');
    expect(keptFirst?.counts?.bids).toBe(SAMPLE_PIPELINE.bids + 1);
    expect(existsSync(`${temp!.file}.restoring`)).toBe(false);
    // The restored database takes writes as before.
    expect(session.api.createBid(createBidSchema.parse(bidInput({ title: 'After the restore' }))).title).toBe('After the restore');
  });

  it('refuses a backup that is not in the folder, naming it', () => {
    temp = tempDatabase();
    expect(() => start().api.restoreBackup({ backup: 'stint-2020-01-01T00-00-00-000Z-daily.db' })).toThrow(
      `There is no backup called stint-2020-01-01T00-00-00-000Z-daily.db in ${backupsFolder()}.`,
    );
  });
});

it('a session over a sound database answers every call as the database does', () => {
  temp = tempDatabase();
  const direct = openDatabase(temp.file, { migrationsFolder: MIGRATIONS_FOLDER });
  direct.close();
  const session = start();
  expect(session.api.getDatabaseStatus(undefined)).toEqual({ state: 'ready', file: temp.file, backupFolder: backupsFolder() });
  expect(session.api.listTags(undefined)).toEqual([]);
});
