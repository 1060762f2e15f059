/** Backups of the database: why each was taken, and how many are kept. */

/** Why a backup was taken: once a day at start-up, by the user, or before something that replaces or changes much. */
export const BACKUP_REASONS = ['daily', 'manual', 'before-upgrade', 'before-import', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Daily',
  manual: 'Backed up by you',
  'before-upgrade': 'Before an upgrade of Stint',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore',
};

/** The newest backup of each of the last 7 days, and of each of the last 4 weeks, are kept; older ones are removed. */
export const BACKUPS_KEPT = { daily: 7, weekly: 4 } as const;

/** A start-up takes a backup when the newest is older than this. */
export const DAILY_BACKUP_AFTER_MS = 24 * 60 * 60 * 1000;
