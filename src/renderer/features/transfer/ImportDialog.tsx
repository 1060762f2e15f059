import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportInput, ImportResult } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import type { OpenedFile } from '../../app/files';
import { queryKeys } from '../../app/query-keys';
import { Dialog } from '../../components/Dialog';
import { useToasts } from '../toasts/toasts';
import { asChosen, formatForFile, withColumn, withStage, type CsvChoices, type CsvFormat } from './csv-choices';
import { CsvPreviewView } from './CsvPreviewView';
import { JsonPreview } from './JsonPreview';
import { csvImportedSummary, importedSummary } from './transfer-words';
import { WorkProgress } from './WorkProgress';

interface ImportDialogProps {
  file: OpenedFile & { serial: number };
  onClose: () => void;
}

const CSV_KINDS: { format: CsvFormat; label: string }[] = [
  { format: 'csv-bids', label: 'Bids' },
  { format: 'csv-contacts', label: 'Contacts' },
];

function resultSummary(result: ImportResult): string {
  return result.format === 'stint-json' ? importedSummary(result) : csvImportedSummary(result, result.format === 'csv-bids' ? 'bids' : 'contacts');
}

/** One file's import: its preview and the choices it asks for, then the import once the user has seen what it will do. */
export function ImportDialog({ file, onClose }: ImportDialogProps) {
  const api = useApi();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const [format, setFormat] = useState(() => formatForFile(file.name));
  const [choices, setChoices] = useState<CsvChoices>({});
  const [skipBadRows, setSkipBadRows] = useState(false);
  const input: ImportInput = format === 'stint-json' ? { format, file: file.text } : { format, file: file.text, ...choices };
  const preview = useQuery({
    // The file is known by its serial: the key must not hold megabytes of text.
    queryKey: queryKeys.importPreview(file.serial, format, choices),
    queryFn: () => api.previewImport(input),
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
    // A changed choice keeps the last preview on screen (and the focus in its select) until the new one is in.
    placeholderData: keepPreviousData,
  });
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = (change: Partial<CsvChoices>) => {
    setError(null);
    setChoices((current) => ({ ...current, ...change }));
  };

  const commit = async (token: string) => {
    setImporting(true);
    setError(null);
    try {
      const result = await api.commitImport(input.format === 'stint-json' ? { ...input, token } : { ...input, token, skipBadRows });
      // Every list, count and chart may have changed.
      await queryClient.invalidateQueries();
      toasts.show(`Imported ${file.name}: ${resultSummary(result)}.`);
      onClose();
    } catch (failure) {
      setError(failureMessage(failure));
      setImporting(false);
      // The data or the file may have changed: the preview must say what an import would do now.
      await preview.refetch();
    }
  };

  const shown = preview.data?.format === format ? preview.data : undefined;
  const badRowsBlock = shown !== undefined && shown.format !== 'stint-json' && shown.rows.bad > 0 && !skipBadRows;
  const token = shown && !badRowsBlock ? shown.token : null;
  return (
    <Dialog title={`Import ${file.name}`} onClose={() => !importing && onClose()} size="large">
      <div className="dialog-body import-dialog">
        {file.encoding !== 'UTF-8' && <p className="field-hint">Read as {file.encoding} (Western European) text: the file is not UTF-8.</p>}
        {format !== 'stint-json' && (
          <fieldset className="csv-choice csv-kind">
            <legend>This spreadsheet lists</legend>
            {CSV_KINDS.map((kind) => (
              <label key={kind.format} className="radio">
                <input
                  type="radio"
                  name="csv-kind"
                  checked={format === kind.format}
                  onChange={() => {
                    setFormat(kind.format);
                    setChoices({});
                    setSkipBadRows(false);
                  }}
                />
                {kind.label}
              </label>
            ))}
          </fieldset>
        )}
        {preview.isFetching && <WorkProgress what="Reading the file and comparing it with your data…" />}
        {preview.isError && (
          <p className="form-error" role="alert">
            {failureMessage(preview.error)}
          </p>
        )}
        {shown?.format === 'stint-json' && <JsonPreview preview={shown} />}
        {shown && shown.format !== 'stint-json' && (
          <CsvPreviewView
            preview={shown}
            choices={choices}
            skipBadRows={skipBadRows}
            handlers={{
              onColumn: (field, column) => choose({ columns: withColumn(asChosen(shown, choices), field, column) }),
              onDateOrder: (dateOrder) => choose({ dateOrder }),
              onStage: (word, stage) => choose({ stages: withStage(asChosen(shown, choices), word, stage) }),
              onDuplicates: (duplicates) => choose({ duplicates }),
              onSkipBadRows: setSkipBadRows,
            }}
          />
        )}
      </div>
      <div className="dialog-actions">
        {/* Beside the buttons, not below a long preview: what the import is doing, or why it did not, is seen at once. */}
        <div className="import-outcome">
          {importing && <WorkProgress what="Backing up your data, then importing…" />}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <button type="button" onClick={onClose} disabled={importing} data-autofocus>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => token && void commit(token)} disabled={!token || importing || preview.isFetching} aria-busy={importing}>
          {importing ? 'Importing…' : 'Import'}
        </button>
      </div>
    </Dialog>
  );
}
