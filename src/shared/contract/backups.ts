import { backupFolderInputSchema, backupInfoSchema, backupListSchema, databaseStatusSchema, integrityReportSchema, noInputSchema, restoreBackupInputSchema, restoreResultSchema } from '../schemas';
import { method } from './method';

/** The database's health, backups and restore: these answer even when the database itself cannot be opened. */
export const backupsContract = {
  getDatabaseStatus: method(noInputSchema, databaseStatusSchema, 'Whether the database is open and sound, or why not, with the newest good backup to restore.'),
  listBackups: method(noInputSchema, backupListSchema, 'The backups in the backup folder, newest first, each with its date and record counts.'),
  backupNow: method(noInputSchema, backupInfoSchema, 'Takes a backup now, checks it, and keeps the last 7 daily and 4 weekly.'),
  restoreBackup: method(restoreBackupInputSchema, restoreResultSchema, 'Replaces the database with a backup, after backing up the current one (or moving a damaged one aside).'),
  checkIntegrity: method(noInputSchema, integrityReportSchema, "SQLite's full integrity check of the open database."),
  setBackupFolder: method(backupFolderInputSchema, backupListSchema, 'Chooses the folder backups are written to (null: the default beside the database).'),
};
