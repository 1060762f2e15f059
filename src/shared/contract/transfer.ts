import { commitImportSchema, exportCsvSchema, exportResultSchema, importInputSchema, importPreviewSchema, importResultSchema, noInputSchema } from '../schemas';
import { method } from './method';

export const transferContract = {
  exportJson: method(noInputSchema, exportResultSchema, 'Every record as one JSON document (docs/export-format.md), with a file name to save it under.'),
  exportCsv: method(
    exportCsvSchema,
    exportResultSchema,
    'One list (bids, contacts, interactions or reminders) as CSV for a spreadsheet, headed by the app’s own field labels, with a file name to save it under.',
  ),
  previewImport: method(importInputSchema, importPreviewSchema, 'What importing a file would add, update and leave alone, or the problems that stop it; changes nothing.'),
  commitImport: method(commitImportSchema, importResultSchema, 'Imports the file exactly as its preview said, all or nothing; refused if the file or the data changed since.'),
};
