import { useState } from 'react';
import type { BackupInfo } from '../../../shared/schemas';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { backupContents, backupTitle } from './backup-words';
import { reloadAfterRestore } from './backup-queries';

interface RestoreDialogProps {
  backup: BackupInfo;
  /** What happens to the database in use: backed up first, or (when it cannot be used) moved aside untouched. */
  current: 'backed-up' | 'moved-aside';
  onClose: () => void;
}

/** Asks before a backup replaces the database, saying what it holds and what becomes of the one in use. */
export function RestoreDialog({ backup, current, onClose }: RestoreDialogProps) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.restoreBackup({ backup: backup.name });
      reloadAfterRestore();
    } catch (failure) {
      setError(failureMessage(failure, 'That backup is no longer in the backup folder: it may have been removed. Choose another.'));
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog title="Restore this backup?" confirmLabel={busy ? 'Restoring…' : 'Restore backup'} busy={busy} onConfirm={() => void restore()} onCancel={onClose}>
      <p>
        <strong>{backupTitle(backup)}</strong>: {backupContents(backup)}.
      </p>
      <p>
        {current === 'backed-up'
          ? 'Your data as it is now is backed up first, so this can be undone by restoring that backup.'
          : 'The file that cannot be used is kept beside it, exactly as it is, under a new name.'}
      </p>
      {busy && (
        <p role="status" className="muted">
          Restoring: checking the backup, then putting it in place…
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </ConfirmDialog>
  );
}
