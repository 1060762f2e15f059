import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { backupFolderInputSchema } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';
import { Field } from '../bid-form/Field';

/** Where backups are written: a full path, or empty for the folder beside the database. */
export function BackupFolderForm({ folder }: { folder: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(folder);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = { folder: value.trim() === '' ? null : value.trim() };
    const checked = backupFolderInputSchema.safeParse(input);
    if (!checked.success) return setError(checked.error.issues[0]?.message);
    try {
      const list = await api.setBackupFolder(input);
      setValue(list.folder);
      setError(undefined);
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: queryKeys.dataSafety });
    } catch (failure) {
      setError(failureMessage(failure));
    }
  };

  return (
    <form className="backup-folder-form" noValidate onSubmit={(event) => void submit(event)}>
      <Field label="Backup folder" error={error} hint="A full path. Leave it empty for the folder beside your database. A folder on another disk survives that disk failing.">
        <input type="text" value={value} spellCheck={false} onChange={(event) => (setValue(event.target.value), setError(undefined), setSaved(false))} />
      </Field>
      <button type="submit">Use this folder</button>
      {saved && (
        <span role="status" className="muted">
          New backups go to this folder.
        </span>
      )}
    </form>
  );
}
