import { useState } from 'react';
import type { DatabaseProblem, DatabaseStatus } from '../../../shared/schemas';
import { BackupList } from './BackupList';
import { useBackups } from './backup-queries';
import { backupContents, backupTitle } from './backup-words';
import { RestoreDialog } from './RestoreDialog';
import './backups.css';

type Unavailable = Extract<DatabaseStatus, { state: 'unavailable' }>;

const HEADINGS: Record<DatabaseProblem, string> = {
  damaged: 'Your database is damaged',
  upgrade_failed: 'Stint could not upgrade your database',
  newer_version: 'Your database is from a newer Stint',
  not_stint: 'This file is not a Stint database',
  not_writable: 'Stint cannot save to your database',
  cannot_open: 'Stint cannot open your database',
};

const WHAT_TO_DO: Record<DatabaseProblem, string> = {
  damaged: 'Nothing more has been written to it. Its backups are below; restoring one keeps the damaged file beside it, exactly as it is, in case it is needed.',
  upgrade_failed: 'It was left exactly as it was, and a backup was taken before the upgrade began. Restore a backup, or update Stint and try again.',
  newer_version: 'Update Stint to open it; nothing was changed. Restoring an older backup instead would set the newer file aside, untouched.',
  not_stint: 'It was left as it was. Restoring a backup sets it aside, untouched, and puts the backup in its place.',
  not_writable: 'Make the file and its folder writable for you, then start Stint again.',
  cannot_open: 'Check that the file is where it should be, then start Stint again.',
};

/** In place of the app while its database cannot be used: what is wrong, and the way back. */
export function RecoveryScreen({ status }: { status: Unavailable }) {
  const backups = useBackups();
  const [restoring, setRestoring] = useState(false);
  const newest = status.newestGoodBackup;
  const others = (backups.data?.backups ?? []).filter((backup) => backup.name !== newest?.name);
  return (
    <main className="recovery">
      <h1 tabIndex={-1}>{HEADINGS[status.problem]}</h1>
      <p className="recovery-message">{status.message}</p>
      <p>{WHAT_TO_DO[status.problem]}</p>
      <p className="muted">
        Database: <code>{status.file}</code>
      </p>
      {newest ? (
        <section aria-labelledby="recovery-newest" className="recovery-newest">
          <h2 id="recovery-newest">Newest good backup</h2>
          <p>
            <strong>{backupTitle(newest)}</strong>: {backupContents(newest)}.
          </p>
          <button type="button" className="primary" onClick={() => setRestoring(true)}>
            Restore this backup
          </button>
          {restoring && <RestoreDialog backup={newest} current="moved-aside" onClose={() => setRestoring(false)} />}
        </section>
      ) : (
        <p className="form-error" role="alert">
          No good backup was found in <code>{status.backupFolder}</code>. If you keep backups elsewhere, copy one into that folder and reload this page.
        </p>
      )}
      {others.length > 0 && (
        <section aria-labelledby="recovery-others">
          <h2 id="recovery-others">Other backups</h2>
          <BackupList backups={others} current="moved-aside" caption="Other backups, newest first" />
        </section>
      )}
    </main>
  );
}
