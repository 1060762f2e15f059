import { RECORD_KINDS, type RecordKind } from '../../../../shared/domain';
import type { ExportDocument } from '../../../../shared/schemas';

/** What goes between two records of a list: each record is on a line of its own, indented. */
export const BETWEEN_RECORDS = ',\n      ';

/**
 * The export as text: the envelope indented, then each kind's records (already JSON, joined by BETWEEN_RECORDS),
 * a record per line, so that the file reads and diffs well and stays about as small as JSON without spaces.
 */
export function documentText(head: Omit<ExportDocument, 'records'>, records: Record<RecordKind, string>): string {
  const lists = RECORD_KINDS.map((kind) => `    ${JSON.stringify(kind)}: [${records[kind] === '' ? '' : `\n      ${records[kind]}\n    `}]`);
  const fields = (['format', 'version', 'exportedAt', 'schema'] as const).map((field) => `  ${JSON.stringify(field)}: ${JSON.stringify(head[field])},`);
  return `{\n${fields.join('\n')}\n  "records": {\n${lists.join(',\n')}\n  }\n}\n`;
}
