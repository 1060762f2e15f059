import { useRef, useState } from 'react';
import { FileNotReadError, readOpenedFile, type OpenedFile } from '../../app/files';
import { ImportDialog } from './ImportDialog';
import './transfer.css';
import { WorkProgress } from './WorkProgress';

type Reading = { name: string; fraction: number } | null;

/** Settings' import: choose a file, then its preview says what it would do before anything is written. */
export function ImportSection() {
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<Reading>(null);
  const [opened, setOpened] = useState<(OpenedFile & { serial: number }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const serial = useRef(0);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setReading({ name: file.name, fraction: 0 });
    try {
      const read = await readOpenedFile(file, (fraction) => setReading({ name: file.name, fraction }));
      serial.current += 1;
      setOpened({ ...read, serial: serial.current });
    } catch (failure) {
      setError(failure instanceof FileNotReadError ? failure.message : `${file.name} could not be read.`);
    } finally {
      setReading(null);
      // Choosing the same file again (after fixing it) must start a new import.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section aria-labelledby="settings-import" className="transfer-section">
      <h3 id="settings-import">Import</h3>
      <p className="field-hint">
        A Stint export (JSON), or a spreadsheet of bids or contacts saved as CSV, such as LinkedIn’s Connections.csv. Nothing is written until you have seen what the file would add and change; your data is
        backed up first.
      </p>
      <div className="transfer-actions">
        <button type="button" onClick={() => input.current?.click()} disabled={reading !== null} aria-busy={reading !== null}>
          {reading ? 'Reading…' : 'Choose a file to import…'}
        </button>
        <input ref={input} type="file" accept=".json,.csv,.tsv,.txt,application/json,text/csv" hidden aria-hidden tabIndex={-1} onChange={(event) => void open(event.target.files?.[0])} />
      </div>
      {reading && <WorkProgress what={`Reading ${reading.name}…`} fraction={reading.fraction} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {opened && <ImportDialog key={opened.serial} file={opened} onClose={() => setOpened(null)} />}
    </section>
  );
}
