import type { transferContract } from '../../../../shared/contract/transfer';
import type { AreaHandlers } from '../../area-handlers';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import { exportCsv } from './csv-lists';
import { exportFileName, exportJson } from './export';
import { commitCsvImport, previewCsvImport } from './csv/import-csv';
import { LastCsvPreview } from './csv/last-preview';
import { commitJsonImport, previewJsonImport } from './import';

export function transferHandlers(db: Db, clock: Clock): AreaHandlers<typeof transferContract> {
  const lastCsvPreview = new LastCsvPreview();
  return {
    exportJson: () => {
      const now = clock.now();
      return { fileName: exportFileName(now), text: exportJson(db, now) };
    },
    exportCsv: (input) => {
      const now = clock.now();
      return { fileName: exportFileName(now, input.list, 'csv'), text: exportCsv(db, input.list) };
    },
    previewImport: ({ format, file, ...choices }) => (format === 'stint-json' ? previewJsonImport(db, file) : previewCsvImport(db, format, file, choices, lastCsvPreview)),
    commitImport: (input) => {
      if (input.format === 'stint-json') return commitJsonImport(db, input.file, input.token);
      const { format, file, ...choices } = input;
      return commitCsvImport(db, clock.now(), format, file, choices, lastCsvPreview);
    },
  };
}
