import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BACKUPS_KEPT } from '../../../shared/domain';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';
import { useToasts } from '../toasts/toasts';
import { Loading } from '../connection/Loading';
import { BackupFolderForm } from './BackupFolderForm';
import { BackupList } from './BackupList';
import './backups.css';
import { useBackups } from './backup-queries';
import { backupTitle } from './backup-words';

type Work = 'backing-up' | 'checking' | null;

/** Settings' backups: where they go, taking one now, a full check of the database, and restoring one. */
export function DataSafetySection() {
  const api = useApi();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const backups = useBackups();
  const [work, setWork] = useState<Work>(null);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);

  const run = async (what: NonNullable<Work>, action: () => Promise<string>) => {
    setWork(what);
    setMessage(null);
    try {
      const said = await action();
      setMessage({ text: said, problem: false });
    } catch (error) {
      setMessage({ text: failureMessage(error), problem: true });
    } finally {
      setWork(null);
      await queryClient.invalidateQueries({ queryKey: queryKeys.dataSafety });
    }
  };

  const backUpNow = () =>
    run('backing-up', async () => {
      const taken = await api.backupNow(undefined);
      toasts.show(`Backed up: ${backupTitle(taken)}.`);
      return `Backed up and checked: ${backupTitle(taken)}.`;
    });

  const checkNow = () =>
    run('checking', async () => {
      const report = await api.checkIntegrity(undefined);
      if (report.ok) return 'SQLite checked every page of your database: no problems found.';
      throw new Error(`SQLite found problems in your database: ${report.problems.slice(0, 3).join('; ')}. Restore the newest good backup below.`);
    });

  return (
    <section aria-labelledby="settings-backups" className="data-safety">
      <h3 id="settings-backups">Backups</h3>
      <p className="field-hint">
        Stint backs your data up once a day when it starts, and before an upgrade, an import or a restore. It keeps the newest backup of each of the last {BACKUPS_KEPT.daily} days and{' '}
        {BACKUPS_KEPT.weekly} weeks.
      </p>
      {backups.data && <BackupFolderForm key={backups.data.folder} folder={backups.data.folder} />}
      <div className="data-safety-actions">
        <button type="button" onClick={() => void backUpNow()} disabled={work !== null} aria-busy={work === 'backing-up'}>
          {work === 'backing-up' ? 'Backing up…' : 'Back up now'}
        </button>
        <button type="button" onClick={() => void checkNow()} disabled={work !== null} aria-busy={work === 'checking'}>
          {work === 'checking' ? 'Checking…' : 'Check the database'}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {work === 'backing-up' && <p className="muted">Copying your database and checking the copy…</p>}
        {work === 'checking' && <p className="muted">Checking every page of your database…</p>}
        {message && !message.problem && <p>{message.text}</p>}
      </div>
      {message?.problem && (
        <p className="form-error" role="alert">
          {message.text}
        </p>
      )}
      {!backups.data ? (
        <Loading what="your backups" />
      ) : backups.data.backups.length === 0 ? (
        <p className="muted">No backups yet. The first is taken when Stint next starts with data in it; or back up now.</p>
      ) : (
        <BackupList backups={backups.data.backups} current="backed-up" caption="Your backups, newest first" />
      )}
    </section>
  );
}
