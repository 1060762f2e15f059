/** Backups, restore and the database's health, as the Settings page and the recovery screen see them. */
import { z } from 'zod';
import { BACKUP_REASONS } from '../domain/backups';
import { epochMs, oneOf, requiredText } from './fields';

export const backupInfoSchema = z.object({
  /** The file's name in the backup folder: what restore is asked for. */
  name: z.string(),
  takenAt: epochMs,
  reason: z.enum(BACKUP_REASONS),
  bytes: z.number(),
  /** Read from the file itself; null when it cannot be read. */
  counts: z.object({ bids: z.number(), contacts: z.number(), interactions: z.number() }).nullable(),
  readable: z.boolean(),
});
export type BackupInfo = z.output<typeof backupInfoSchema>;

export const backupListSchema = z.object({ folder: z.string(), backups: z.array(backupInfoSchema) });
export type BackupList = z.output<typeof backupListSchema>;

/** Why the database cannot be used: each is shown on the recovery screen with what to do. */
export const DATABASE_PROBLEMS = ['damaged', 'upgrade_failed', 'newer_version', 'not_stint', 'not_writable', 'cannot_open'] as const;
export type DatabaseProblem = (typeof DATABASE_PROBLEMS)[number];

export const databaseStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready'), file: z.string(), backupFolder: z.string() }),
  z.object({
    state: z.literal('unavailable'),
    problem: z.enum(DATABASE_PROBLEMS),
    message: z.string(),
    file: z.string(),
    backupFolder: z.string(),
    /** The newest backup that opens and passes the check: what "Restore" offers first. */
    newestGoodBackup: backupInfoSchema.nullable(),
  }),
]);
export type DatabaseStatus = z.output<typeof databaseStatusSchema>;

/** `backup`: the file's name in the backup folder, as `listBackups` gives it. */
export const restoreBackupInputSchema = z.strictObject({ backup: requiredText('Backup', 300) });
export const restoreResultSchema = z.object({
  restored: backupInfoSchema,
  /** What was there before: a backup taken of it, or the damaged file moved aside byte for byte. */
  previous: z.discriminatedUnion('kept', [z.object({ kept: z.literal('backup'), name: z.string() }), z.object({ kept: z.literal('moved'), file: z.string() }), z.object({ kept: z.literal('nothing') })]),
});

export const integrityReportSchema = z.object({ ok: z.boolean(), problems: z.array(z.string()) });

export const backupFolderInputSchema = z.strictObject({
  /** An absolute folder; null for the default beside the database. */
  folder: requiredText('Backup folder', 1000)
    .refine((folder) => /^([a-zA-Z]:[\\/]|[\\/])/.test(folder), 'Backup folder must be a full path, such as /home/you/Backups or C:\\Backups')
    .nullable(),
});

export const backupReasonSchema = oneOf(BACKUP_REASONS, 'Reason');
