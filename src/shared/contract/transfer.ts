import { commitImportSchema, exportResultSchema, importInputSchema, importPreviewSchema, importResultSchema, noInputSchema } from '../schemas';
import { method } from './method';

export const transferContract = {
  exportJson: method(noInputSchema, exportResultSchema, 'Every record as one JSON document (docs/export-format.md), with a file name to save it under.'),
  previewImport: method(importInputSchema, importPreviewSchema, 'What importing a file would add, update and leave alone, or the problems that stop it; changes nothing.'),
  commitImport: method(commitImportSchema, importResultSchema, 'Imports the file exactly as its preview said, all or nothing; refused if the file or the data changed since.'),
};
