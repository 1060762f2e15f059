import type { CsvPreview } from '../../../shared/schemas';

interface CsvColumnMappingProps {
  preview: CsvPreview;
  onChange: (field: string, column: number | null) => void;
}

/** Which column of the file each field is read from, with the first row's value to check it by. */
export function CsvColumnMapping({ preview, onChange }: CsvColumnMappingProps) {
  const firstRow = preview.table.sampleRows[0] ?? [];
  return (
    <table className="transfer-table csv-mapping">
      <caption>Columns</caption>
      <thead>
        <tr>
          <th scope="col">Stint’s field</th>
          <th scope="col">Read from the column</th>
          <th scope="col">First row</th>
        </tr>
      </thead>
      <tbody>
        {preview.fields.map((field) => (
          <tr key={field.key}>
            <th scope="row">
              <label htmlFor={`csv-column-${field.key}`}>
                {field.label}
                {field.required && <span className="muted"> (required)</span>}
              </label>
            </th>
            <td>
              <select id={`csv-column-${field.key}`} value={field.column ?? ''} onChange={(event) => onChange(field.key, event.target.value === '' ? null : Number(event.target.value))}>
                <option value="">— none —</option>
                {preview.table.columns.map((column, index) => (
                  <option key={index} value={index}>
                    {column || `Column ${index + 1}`}
                  </option>
                ))}
              </select>
            </td>
            <td className="csv-sample">{field.column === null ? '' : (firstRow[field.column] ?? '')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
