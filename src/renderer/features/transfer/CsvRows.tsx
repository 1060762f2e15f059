import type { DuplicateChoice } from '../../../shared/domain';
import type { CsvPreview } from '../../../shared/schemas';
import { countOf } from '../../app/counts';

const rows = (count: number) => countOf(count, 'row');

interface CsvDuplicatesProps {
  preview: CsvPreview;
  records: string;
  choice: DuplicateChoice;
  onChange: (choice: DuplicateChoice) => void;
}

/** Rows that match a record already here (or an earlier row): skipped, or merged into that record. */
export function CsvDuplicates({ preview, records, choice, onChange }: CsvDuplicatesProps) {
  if (preview.duplicateCount === 0) return null;
  const merging = choice === 'merge';
  return (
    <fieldset className="csv-choice">
      <legend>
        {rows(preview.duplicateCount)} match {records} already here
      </legend>
      <ul className="problem-list">
        {preview.duplicates.map((duplicate) => (
          <li key={duplicate.row}>
            <strong>Row {duplicate.row}</strong>: {duplicate.existing} ({duplicate.by})
          </li>
        ))}
      </ul>
      {preview.duplicateCount > preview.duplicates.length && <p className="field-hint">…and {preview.duplicateCount - preview.duplicates.length} more.</p>}
      <label className="radio">
        <input type="radio" name="csv-duplicates" checked={!merging} onChange={() => onChange('skip')} />
        Skip them: leave those {records} as they are
      </label>
      <label className="radio">
        <input type="radio" name="csv-duplicates" checked={merging} onChange={() => onChange('merge')} />
        Merge them: fill in those {records} from the file (a blank cell never clears anything)
      </label>
    </fieldset>
  );
}

interface CsvProblemsProps {
  preview: CsvPreview;
  skipBadRows: boolean;
  onSkipBadRows: (skip: boolean) => void;
}

/** The rows that cannot be imported, where and why; the user imports the good rows or none. */
export function CsvProblems({ preview, skipBadRows, onSkipBadRows }: CsvProblemsProps) {
  if (preview.problemCount === 0) return null;
  const rowProblems = preview.problems.filter((problem) => problem.row !== null);
  const fileProblems = preview.problems.filter((problem) => problem.row === null);
  return (
    <div className="csv-problems">
      {fileProblems.length > 0 && (
        <ul className="problem-list">
          {fileProblems.map((problem) => (
            <li key={problem.message}>{problem.message}</li>
          ))}
        </ul>
      )}
      {rowProblems.length > 0 && (
        <table className="transfer-table">
          <caption>
            {rows(preview.rows.bad)} cannot be imported as {preview.rows.bad === 1 ? 'it is' : 'they are'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">What is wrong</th>
            </tr>
          </thead>
          <tbody>
            {rowProblems.map((problem, index) => (
              <tr key={index}>
                <td>{problem.row}</td>
                <td>{problem.column ?? ''}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.problemCount > preview.problems.length && <p className="field-hint">…and {preview.problemCount - preview.problems.length} more problems.</p>}
      {preview.rows.good > 0 && rowProblems.length > 0 && (
        <label className="checkbox">
          <input type="checkbox" checked={skipBadRows} onChange={(event) => onSkipBadRows(event.target.checked)} />
          Leave out the {rows(preview.rows.bad)} with problems and import the {rows(preview.rows.good)} without
        </label>
      )}
    </div>
  );
}
