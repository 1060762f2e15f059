import type { JsonImportPreview } from '../../../shared/schemas';
import { formatInstant } from '../../app/dates';
import { ProblemList } from './ProblemList';
import { counted } from '../../app/counts';
import { previewSummary } from './transfer-words';

/** What importing a Stint export would do, kind by kind, or what stops it. */
export function JsonPreview({ preview }: { preview: JsonImportPreview }) {
  const { totals } = preview;
  if (preview.problemCount > 0) {
    return (
      <>
        <p>
          This file cannot be imported as it is: {preview.problemCount === 1 ? 'one problem was' : `${counted(preview.problemCount)} problems were`} found. Nothing has been changed.
        </p>
        <ProblemList problems={preview.problems.map((problem) => ({ where: problem.where, message: problem.message }))} total={preview.problemCount} />
      </>
    );
  }
  const changing = preview.kinds.filter((kind) => kind.added + kind.updated + kind.unchanged > 0);
  return (
    <>
      <p>
        {preview.exportedAt !== null && <>Exported {formatInstant(preview.exportedAt)}. </>}
        {previewSummary(totals)}
      </p>
      {changing.length > 0 && (
        <table className="transfer-table">
          <caption className="visually-hidden">What the import does to each kind of record</caption>
          <thead>
            <tr>
              <th scope="col">Records</th>
              <th scope="col">Added</th>
              <th scope="col">Updated</th>
              <th scope="col">Unchanged</th>
            </tr>
          </thead>
          <tbody>
            {changing.map((kind) => (
              <tr key={kind.kind}>
                <th scope="row">{kind.label}</th>
                <td>{counted(kind.added)}</td>
                <td>{counted(kind.updated)}</td>
                <td>{counted(kind.unchanged)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="field-hint">A record already here is updated only where the file’s copy was changed later. Stint backs your data up before it imports.</p>
    </>
  );
}
