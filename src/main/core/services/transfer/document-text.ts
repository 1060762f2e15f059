import { RECORD_KINDS, type RecordKind } from '../../../../shared/domain';
import type { ExportDocument } from '../../../../shared/schemas';

/**
 * The export as text: the envelope indented, then each record (already JSON) on a line of its own, so that the
 * file reads and diffs well and stays about as small as JSON without spaces.
 */
export function documentText(head: Omit<ExportDocument, 'records'>, records: Record<RecordKind, string[]>): string {
  const lists = RECORD_KINDS.map((kind) => {
    const lines = records[kind].map((record) => `      ${record}`);
    return `    ${JSON.stringify(kind)}: [${lines.length > 0 ? `\n${lines.join(',\n')}\n    ` : ''}]`;
  });
  const fields = (['format', 'version', 'exportedAt', 'schema'] as const).map((field) => `  ${JSON.stringify(field)}: ${JSON.stringify(head[field])},`);
  return `{\n${fields.join('\n')}\n  "records": {\n${lists.join(',\n')}\n  }\n}\n`;
}
