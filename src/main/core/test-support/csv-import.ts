/** Previewing and importing a spreadsheet through the API, as the CSV import tests do. */
import type { CsvFormat } from '../../../shared/domain';
import type { ApiInput } from '../../../shared/contract';
import type { CsvPreview, CsvResult } from '../../../shared/schemas';
import { call } from './call';
import type { Machine } from './transfer';

/** The choices of a CSV import of `format`, besides the file. */
export type CsvChoicesOf<F extends CsvFormat> = Omit<Extract<ApiInput<'previewImport'>, { format: F }>, 'format' | 'file'>;

/** The preview of `file` as `format`; fails the test if it answers as another format. */
export function previewCsv<F extends CsvFormat>(target: Machine, format: F, file: string, choices: CsvChoicesOf<F> = {} as CsvChoicesOf<F>): CsvPreview {
  const answer = call(target.api, 'previewImport', { format, file, ...choices } as ApiInput<'previewImport'>);
  if (answer.format === 'stint-json') throw new Error('A CSV preview answered as JSON');
  return answer;
}

/** Imports `file` with a preview's token (none: the empty token), bad rows refused unless `skipBadRows`. */
export function commitCsv<F extends CsvFormat>(target: Machine, format: F, file: string, token: string | null, choices: CsvChoicesOf<F> & { skipBadRows?: boolean } = {} as CsvChoicesOf<F>): CsvResult {
  const answer = call(target.api, 'commitImport', { format, file, token: token ?? '', skipBadRows: false, ...choices } as ApiInput<'commitImport'>);
  if (answer.format === 'stint-json') throw new Error('A CSV import answered as JSON');
  return answer;
}
