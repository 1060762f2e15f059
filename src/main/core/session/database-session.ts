import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { API_METHODS } from '../../../shared/api-methods';
import type { ApiHandlers } from '../../../shared/contract';
import type { backupsContract } from '../../../shared/contract/backups';
import { DAILY_BACKUP_AFTER_MS } from '../../../shared/domain/backups';
import { ApiError } from '../../../shared/errors';
import type { BackupInfo, BackupList, DatabaseProblem, DatabaseStatus } from '../../../shared/schemas/backups';
import { createApi, type DataHandlers } from '../api';
import { abandonedPartials, backupFiles, describeBackup, isSoundBackup, listBackups } from '../backups/list-backups';
import { moveDatabaseAside, replaceDatabaseWith } from '../backups/replace-database';
import { backupsToRemove } from '../backups/retention';
import { takeBackup } from '../backups/take-backup';
import type { Clock } from '../clock';
import { integrityProblems } from '../db/integrity';
import { openDatabase, type StintDatabase } from '../db/open';
import { reminderRules, type ReminderRules } from '../services/reminders/freshness';
import { readBackupFolder, writeBackupFolder } from './backup-folder-choice';
import { problemOf } from './unavailable';

export interface SessionOptions {
  file: string;
  migrationsFolder: string;
  clock: Clock;
  /** Started each time a database is open and ready (the reminders' timer); its result stops it. */
  whileOpen?: (database: StintDatabase, rules: ReminderRules) => () => void;
  log?: (error: unknown) => void;
}

export interface DatabaseSession {
  /** Every method of the contract: the records' calls while the database is ready, the backups' calls always. */
  api: ApiHandlers;
  status(): DatabaseStatus;
  /** The open database, or null while it cannot be used. */
  database(): StintDatabase | null;
  close(): void;
}

type BackupHandlers = Pick<ApiHandlers, keyof typeof backupsContract>;

/**
 * The one database a host serves, and what to do when it cannot be used. Opening checks the file and takes the
 * backups that are due (before an upgrade, once a day); a file that cannot be used is left as it is, and the session
 * answers only the calls that can help (status, backups, restore) until a restore brings a sound one in.
 */
export function openSession(options: SessionOptions): DatabaseSession {
  const { file, migrationsFolder, clock } = options;
  const log = options.log ?? ((error: unknown) => console.error(error));
  let open: { database: StintDatabase; api: DataHandlers; stop: () => void } | null = null;
  let failure: { problem: DatabaseProblem; message: string } | null = null;

  const folder = () => readBackupFolder(file);

  function prune(): void {
    for (const name of [...backupsToRemove(backupFiles(folder(), file)), ...abandonedPartials(folder(), Date.now())]) rmSync(join(folder(), name), { force: true });
  }

  function backupOf(database: StintDatabase['sqlite'], reason: Parameters<typeof takeBackup>[3], { pruneNow = true } = {}): BackupInfo {
    const taken = takeBackup(database, file, folder(), reason, clock.now());
    if (pruneNow) prune();
    return { name: taken.name, takenAt: taken.takenAt, reason: taken.reason, bytes: taken.bytes, ...describeBackup(taken.file) };
  }

  function start(): void {
    try {
      const database = openDatabase(file, { migrationsFolder, beforeUpgrade: (sqlite) => void backupOf(sqlite, 'before-upgrade') });
      const rules = reminderRules(database.db, clock);
      open = { database, api: createApi(database.db, clock, rules), stop: options.whileOpen?.(database, rules) ?? (() => {}) };
      failure = null;
    } catch (error) {
      open = null;
      failure = { problem: problemOf(error), message: error instanceof Error ? error.message : String(error) };
      return;
    }
    takeDailyBackup();
  }

  function takeDailyBackup(): void {
    if (!open) return;
    const newest = backupFiles(folder(), file)[0];
    if (newest && clock.now() - newest.takenAt < DAILY_BACKUP_AFTER_MS) return;
    const hasRecords = open.database.sqlite.prepare('SELECT EXISTS (SELECT 1 FROM opportunities) OR EXISTS (SELECT 1 FROM contacts)').pluck().get();
    if (!hasRecords) return;
    try {
      backupOf(open.database.sqlite, 'daily');
    } catch (error) {
      // A full disk or an unwritable folder must not stop the user reaching their data; Settings says so.
      log(error);
    }
  }

  function stopCurrent(): void {
    if (!open) return;
    open.stop();
    open.database.close();
    open = null;
  }

  function requireOpen(): NonNullable<typeof open> {
    if (open) return open;
    throw new ApiError('UNAVAILABLE', failure?.message ?? 'Stint’s database is not open.');
  }

  function newestGoodBackup(): BackupInfo | null {
    return listBackups(folder(), file).find((backup) => backup.readable && isSoundBackup(join(folder(), backup.name))) ?? null;
  }

  const backupHandlers: BackupHandlers = {
    getDatabaseStatus: () =>
      open
        ? { state: 'ready', file, backupFolder: folder() }
        : { state: 'unavailable', problem: failure?.problem ?? 'cannot_open', message: failure?.message ?? '', file, backupFolder: folder(), newestGoodBackup: newestGoodBackup() },
    listBackups: (): BackupList => ({ folder: folder(), backups: listBackups(folder(), file) }),
    backupNow: () => backupOf(requireOpen().database.sqlite, 'manual'),
    checkIntegrity: () => {
      const problems = integrityProblems(requireOpen().database.sqlite, true);
      return { ok: problems.length === 0, problems };
    },
    setBackupFolder: ({ folder: chosen }) => {
      writeBackupFolder(file, chosen);
      return { folder: folder(), backups: listBackups(folder(), file) };
    },
    restoreBackup: ({ backup: name }) => {
      const chosen = listBackups(folder(), file).find((backup) => backup.name === name);
      if (!chosen) throw new ApiError('NOT_FOUND', `There is no backup called ${name} in ${folder()}.`);
      if (!isSoundBackup(join(folder(), name))) throw new ApiError('CONFLICT', `The backup ${name} is damaged or cannot be read; choose another.`);
      let previous: ReturnType<ApiHandlers['restoreBackup']>['previous'];
      if (open) {
        // Not pruned until the restore is done: pruning could remove the very backup being restored.
        previous = { kept: 'backup', name: backupOf(open.database.sqlite, 'before-restore', { pruneNow: false }).name };
        stopCurrent();
      } else {
        const movedTo = moveDatabaseAside(file, `${failure?.problem ?? 'unusable'}-${new Date(clock.now()).toISOString().replace(/[:.]/g, '-')}`);
        previous = movedTo ? { kept: 'moved', file: movedTo } : { kept: 'nothing' };
      }
      replaceDatabaseWith(file, join(folder(), name));
      start();
      if (!open) throw new ApiError('UNAVAILABLE', `The backup was put in place but cannot be opened: ${failure?.message ?? ''}`);
      prune();
      return { restored: chosen, previous };
    },
  };

  const recordHandlers = Object.fromEntries(
    API_METHODS.filter((method) => !(method in backupHandlers)).map((method) => [method, (input: unknown) => (requireOpen().api[method as keyof DataHandlers] as (input: unknown) => unknown)(input)]),
  ) as DataHandlers;

  // An import may change much at once: what was there before it is backed up first.
  recordHandlers.commitImport = (input) => {
    const current = requireOpen();
    backupOf(current.database.sqlite, 'before-import');
    return current.api.commitImport(input);
  };

  start();
  return {
    api: { ...recordHandlers, ...backupHandlers },
    status: () => backupHandlers.getDatabaseStatus(undefined),
    database: () => open?.database ?? null,
    close: stopCurrent,
  };
}

