import { useState } from 'react';
import type { CsvList } from '../../../shared/domain';
import type { ExportResult } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import './transfer.css';
import { useFileExport } from './use-file-export';

const CSV_BUTTONS: { list: CsvList; label: string }[] = [
  { list: 'bids', label: 'Bids' },
  { list: 'contacts', label: 'Contacts' },
  { list: 'interactions', label: 'Interactions' },
  { list: 'reminders', label: 'Reminders' },
];

/** Settings' exports: everything as Stint's own JSON, the lossless one, and each list as CSV for a spreadsheet. */
export function ExportSection() {
  const api = useApi();
  const { exporting, run } = useFileExport<'everything' | CsvList>();
  const [error, setError] = useState<string | null>(null);

  const save = async (what: 'everything' | CsvList, make: () => Promise<ExportResult>, type: string, said: (fileName: string) => string) => {
    setError(null);
    setError(await run(what, make, type, said));
  };

  return (
    <section aria-labelledby="settings-export" className="transfer-section">
      <h3 id="settings-export">Export</h3>
      <p className="field-hint">Everything as one JSON file: lossless, so Stint on this or another machine can import it back, and its format is documented.</p>
      <div className="transfer-actions">
        <button
          type="button"
          onClick={() => void save('everything', () => api.exportJson(undefined), 'application/json', (name) => `Exported ${name}: every record, ready to import into Stint on any machine.`)}
          disabled={exporting !== null}
          aria-busy={exporting === 'everything'}
        >
          {exporting === 'everything' ? 'Exporting…' : 'Export everything (JSON)'}
        </button>
      </div>
      <p className="field-hint" id="csv-export-hint">
        Or one list as CSV, to open in a spreadsheet: a report rather than a backup, since only the JSON keeps every detail and link.
      </p>
      <div className="transfer-actions" role="group" aria-label="Export a list as CSV" aria-describedby="csv-export-hint">
        {CSV_BUTTONS.map(({ list, label }) => (
          <button
            key={list}
            type="button"
            onClick={() => void save(list, () => api.exportCsv({ list }), 'text/csv', (name) => `Exported ${name}: it opens in Excel, LibreOffice or Google Sheets.`)}
            disabled={exporting !== null}
            aria-busy={exporting === list}
          >
            {exporting === list ? 'Exporting…' : `${label} (CSV)`}
          </button>
        ))}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
