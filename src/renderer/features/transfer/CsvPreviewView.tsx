import type { DateOrder, DuplicateChoice, Stage } from '../../../shared/domain';
import type { CsvPreview } from '../../../shared/schemas';
import { CsvColumnMapping } from './CsvColumnMapping';
import { asChosen, type CsvChoices } from './csv-choices';
import { CsvDateOrder } from './CsvDateOrder';
import { CsvDuplicates, CsvProblems } from './CsvRows';
import { CsvStatusWords } from './CsvStatusWords';
import { countOf } from '../../app/counts';
import { csvPlanSummary } from './transfer-words';

export interface CsvPreviewHandlers {
  onColumn: (field: string, column: number | null) => void;
  onDateOrder: (order: DateOrder) => void;
  onStage: (word: string, stage: Stage | null) => void;
  onDuplicates: (choice: DuplicateChoice) => void;
  onSkipBadRows: (skip: boolean) => void;
}

const RECOGNISED: Record<NonNullable<CsvPreview['recognised']>, string> = {
  'linkedin-connections': 'This is LinkedIn’s export of your connections: its columns are mapped for you.',
  'stint-csv': 'Its headers are Stint’s own field names, so its columns are mapped for you.',
};

/** A CSV's preview with every choice it asks for: columns, date order, stages, duplicates and bad rows. */
interface CsvPreviewViewProps {
  /** The last preview; a choice just made shows at once, before the preview that follows it is in. */
  preview: CsvPreview;
  choices: CsvChoices;
  skipBadRows: boolean;
  handlers: CsvPreviewHandlers;
}

export function CsvPreviewView({ preview, choices, skipBadRows, handlers }: CsvPreviewViewProps) {
  const records = preview.format === 'csv-bids' ? 'bids' : 'contacts';
  const shown = asChosen(preview, choices);
  return (
    <>
      <p>
        {countOf(preview.table.rowCount, 'row')} under the headers on line {preview.table.headerLine}. {preview.recognised && RECOGNISED[preview.recognised]}
      </p>
      {preview.needs.length === 0 && <p className="csv-plan">{csvPlanSummary(preview.rows, records, skipBadRows)}</p>}
      {preview.needs.length > 0 && (
        <div className="csv-needs" role="note" aria-label="Still to decide">
          <p>Before importing:</p>
          <ul>
            {preview.needs.map((need) => (
              <li key={need}>{need}</li>
            ))}
          </ul>
        </div>
      )}
      <CsvDateOrder dates={shown.dates} onChange={handlers.onDateOrder} />
      <CsvStatusWords statuses={shown.statuses} onChange={handlers.onStage} />
      <CsvDuplicates preview={preview} records={records} choice={choices.duplicates ?? 'skip'} onChange={handlers.onDuplicates} />
      <CsvProblems preview={preview} skipBadRows={skipBadRows} onSkipBadRows={handlers.onSkipBadRows} />
      <CsvColumnMapping preview={shown} onChange={handlers.onColumn} />
    </>
  );
}
