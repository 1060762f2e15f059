import { STAGE_LABELS, STAGES, type Stage } from '../../../shared/domain';
import type { CsvPreview } from '../../../shared/schemas';
import { counted } from '../../app/counts';

interface CsvStatusWordsProps {
  statuses: CsvPreview['statuses'];
  onChange: (word: string, stage: Stage | null) => void;
}

/** The file's status words and the stage each becomes: suggested where Stint knows the word, asked where not. */
export function CsvStatusWords({ statuses, onChange }: CsvStatusWordsProps) {
  if (statuses.length === 0) return null;
  return (
    <table className="transfer-table">
      <caption>Status words and the stages they become</caption>
      <thead>
        <tr>
          <th scope="col">In the file</th>
          <th scope="col">Rows</th>
          <th scope="col">Stage</th>
        </tr>
      </thead>
      <tbody>
        {statuses.map((status) => (
          <tr key={status.word}>
            <th scope="row">
              <label htmlFor={`csv-stage-${status.word}`}>{status.word}</label>
            </th>
            <td>{counted(status.rows)}</td>
            <td>
              <select id={`csv-stage-${status.word}`} value={status.stage ?? ''} aria-invalid={status.stage === null ? true : undefined} onChange={(event) => onChange(status.word, event.target.value === '' ? null : (event.target.value as Stage))}>
                <option value="">Choose a stage…</option>
                {STAGES.map((stage) => (
                  <option key={stage} value={stage}>
                    {STAGE_LABELS[stage]}
                    {stage === status.suggested ? ' (suggested)' : ''}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
