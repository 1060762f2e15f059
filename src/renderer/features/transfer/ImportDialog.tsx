import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportInput, ImportPreview, ImportResult } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import type { OpenedFile } from '../../app/files';
import { queryKeys } from '../../app/query-keys';
import { Dialog } from '../../components/Dialog';
import { useToasts } from '../toasts/toasts';
import { JsonPreview } from './JsonPreview';
import { importedSummary } from './transfer-words';

interface ImportDialogProps {
  file: OpenedFile & { serial: number };
  onClose: () => void;
}

/** One file's import: its preview, then the import itself once the user has seen what it will do. */
export function ImportDialog({ file, onClose }: ImportDialogProps) {
  const api = useApi();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const input: ImportInput = { format: 'stint-json', file: file.text };
  const preview = useQuery({
    // The file is known by its serial: the key must not hold megabytes of text.
    queryKey: queryKeys.importPreview(file.serial, 'stint-json'),
    queryFn: () => api.previewImport(input),
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
  });
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const commit = async (token: string) => {
    setImporting(true);
    setError(null);
    try {
      const result: ImportResult = await api.commitImport({ ...input, token });
      // Every list, count and chart may have changed.
      await queryClient.invalidateQueries();
      toasts.show(`Imported ${file.name}: ${importedSummary(result)}.`);
      onClose();
    } catch (failure) {
      setError(failureMessage(failure));
      setImporting(false);
      // The data or the file may have changed: the preview must say what an import would do now.
      await preview.refetch();
    }
  };

  const ready: ImportPreview | undefined = preview.data;
  const token = ready?.token ?? null;
  return (
    <Dialog title={`Import ${file.name}`} onClose={() => !importing && onClose()} size="large">
      <div className="dialog-body import-dialog">
        {file.encoding !== 'UTF-8' && <p className="field-hint">Read as {file.encoding} (Western European) text: the file is not UTF-8.</p>}
        {preview.isPending && (
          <p role="status" className="muted">
            Reading the file and comparing it with your data…
          </p>
        )}
        {preview.isError && (
          <p className="form-error" role="alert">
            {failureMessage(preview.error)}
          </p>
        )}
        {ready && <JsonPreview preview={ready} />}
        {importing && (
          <p role="status" className="transfer-progress">
            <label>
              Backing up your data, then importing… <progress />
            </label>
          </p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} disabled={importing} data-autofocus>
          {token ? 'Cancel' : 'Close'}
        </button>
        {token && (
          <button type="button" className="primary" onClick={() => void commit(token)} disabled={importing || preview.isFetching} aria-busy={importing}>
            {importing ? 'Importing…' : 'Import'}
          </button>
        )}
      </div>
    </Dialog>
  );
}
