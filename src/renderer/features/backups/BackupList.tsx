import { useState } from 'react';
import type { BackupInfo } from '../../../shared/schemas';
import { BACKUP_REASON_LABELS } from '../../../shared/domain';
import { formatInstant } from '../../app/dates';
import { backupContents, backupSize } from './backup-words';
import { RestoreDialog } from './RestoreDialog';

interface BackupListProps {
  backups: BackupInfo[];
  current: 'backed-up' | 'moved-aside';
  caption: string;
}

/** The backups, newest first, each with what it holds and a way to restore it. */
export function BackupList({ backups, current, caption }: BackupListProps) {
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  return (
    <>
      <table className="backup-list">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Taken</th>
            <th scope="col">Why</th>
            <th scope="col">Holds</th>
            <th scope="col">Size</th>
            <th scope="col">
              <span className="visually-hidden">Restore</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <tr key={backup.name}>
              <td>{formatInstant(backup.takenAt)}</td>
              <td>{BACKUP_REASON_LABELS[backup.reason]}</td>
              <td>{backupContents(backup)}</td>
              <td>{backupSize(backup.bytes)}</td>
              <td>
                <button type="button" disabled={!backup.readable} onClick={() => setRestoring(backup)} aria-label={`Restore the backup of ${formatInstant(backup.takenAt)}`}>
                  Restore…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {restoring && <RestoreDialog backup={restoring} current={current} onClose={() => setRestoring(null)} />}
    </>
  );
}
