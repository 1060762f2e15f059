import { useState } from 'react';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { saveTextFile } from '../../app/files';
import { useToasts } from '../toasts/toasts';
import './transfer.css';

/** Settings' exports: everything as Stint's own JSON, the lossless one. */
export function ExportSection() {
  const api = useApi();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const exportEverything = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await api.exportJson(undefined);
      saveTextFile(file.fileName, file.text, 'application/json');
      toasts.show(`Saved ${file.fileName}: every record, ready to import into Stint on any machine.`);
    } catch (failure) {
      setError(failureMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="settings-export" className="transfer-section">
      <h3 id="settings-export">Export</h3>
      <p className="field-hint">Everything as one JSON file: lossless, so Stint on this or another machine can import it back, and its format is documented.</p>
      <div className="transfer-actions">
        <button type="button" onClick={() => void exportEverything()} disabled={busy} aria-busy={busy}>
          {busy ? 'Exporting…' : 'Export everything (JSON)'}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
