import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { backupFiles, isSoundBackup } from '../backups/list-backups';
import { readBackupFolder } from '../session/backup-folder-choice';
import { bidInput } from '../test-support/bid-input';
import { call } from '../test-support/call';
import type { Workload } from './workload';

/** A backup asked for, and (once the call returned) the name it was kept under. */
export type BackupWrite = { op: 'backup'; name: string | null };

/**
 * Backups taken one after another, each killed at any moment: while SQLite copies the database, while the copy is
 * checked, or while it is renamed. Afterwards no backup may be listed that is not whole and sound, the newest one
 * reported must be there (or a newer one), and the database itself must be untouched by it all.
 */
export const backups: Workload<BackupWrite> = {
  name: 'backups',

  run(api, log, { keepGoing, run }) {
    // Something to back up; the daily backup at start-up is the session's, the rest are asked for here.
    if (run === 0) call(api, 'createBid', bidInput({ title: 'Backed up again and again' }));
    while (keepGoing()) {
      log.begin({ op: 'backup', name: null });
      const taken = call(api, 'backupNow', undefined);
      log.committed({ op: 'backup', name: taken.name });
    }
  },

  checker() {
    let newestReported: string | null = null;
    return {
      check(database, { committed, inFlight }) {
        const file = database.sqlite.name;
        const folder = readBackupFolder(file);
        for (const write of committed) if (write.name) newestReported = write.name;
        const listed = backupFiles(folder, file).map((backup) => backup.name);
        const problems = listed.filter((name) => !isSoundBackup(join(folder, name))).map((name) => `the backup ${name} is listed but not sound`);
        // Names sort as the times they were taken: the newest reported, or one taken after it, must be kept.
        if (newestReported && !listed.some((name) => name >= (newestReported as string))) problems.push(`the backup reported last, ${newestReported}, is gone`);
        const newestListed = listed[0] ?? null;
        const inFlightStored = inFlight ? newestListed !== null && newestListed > (newestReported ?? '') && !committed.some((write) => write.name === newestListed) : null;
        // A copy cut short keeps its temporary name, which is never listed; it must not be mistaken for a backup.
        const strays = readdirSync(folder).filter((name) => name.endsWith('.db') && !listed.includes(name));
        problems.push(...strays.map((name) => `${name} looks like a backup but is not one`));
        return { problems, inFlightStored };
      },
    };
  },
};
