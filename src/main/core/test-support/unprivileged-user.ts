import { chmodSync, type Mode } from 'node:fs';
import { createApi } from '../api';
import { fixedClock } from '../clock';
import { parsedBid } from './bid-input';
import { tempDatabase, TEST_NOW, type TempDatabase } from './temp-database';

/**
 * Spawn options for a child process that runs as an unprivileged user (nobody). Tests often run as root, for
 * whom file permissions do not stop writes; for nobody they do, as for any real user of Stint.
 */
export const UNPRIVILEGED_USER: { uid?: number; gid?: number } = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

/** A database holding one bid, closed, with its folder and file then given `folderMode` and `fileMode`. */
export function lockedDownDatabase({ folderMode, fileMode }: { folderMode: Mode; fileMode: Mode }): TempDatabase {
  const temp = tempDatabase();
  const database = temp.open();
  createApi(database.db, fixedClock(TEST_NOW)).createBid(parsedBid());
  database.close();
  chmodSync(temp.file, fileMode);
  chmodSync(temp.dir, folderMode);
  return {
    ...temp,
    remove() {
      chmodSync(temp.dir, 0o700);
      temp.remove();
    },
  };
}
