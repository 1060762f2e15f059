import { BACKUP_REASON_LABELS } from '../../../shared/domain';
import type { BackupInfo } from '../../../shared/schemas';
import { countOf } from '../../app/counts';
import { formatInstant } from '../../app/dates';

/** "140 bids, 96 contacts, 310 interactions", or why the counts are missing. */
export function backupContents(backup: BackupInfo): string {
  if (!backup.counts) return 'Cannot be read';
  const { bids, contacts, interactions } = backup.counts;
  return [countOf(bids, 'bid'), countOf(contacts, 'contact'), countOf(interactions, 'interaction')].join(', ');
}

export function backupSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "30 Nov 2026, 19:45 (daily)". */
export function backupTitle(backup: BackupInfo): string {
  return `${formatInstant(backup.takenAt)} (${BACKUP_REASON_LABELS[backup.reason].toLowerCase()})`;
}
