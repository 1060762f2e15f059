/** The CSV export of one list, for a spreadsheet; it gives back a file name and text, as the JSON export does. */
import { z } from 'zod';
import { CSV_LISTS } from '../domain';
import { oneOf } from './fields';

export const exportCsvSchema = z.strictObject({
  /** Which list: bids, contacts, interactions or reminders. */
  list: oneOf(CSV_LISTS, 'List'),
});
export type ExportCsvInput = z.input<typeof exportCsvSchema>;
