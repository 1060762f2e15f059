import { useState, type ReactNode } from 'react';

/**
 * A chart's numbers as a table, behind a disclosure. The table is built only once opened: a page of charts
 * holds hundreds of table rows nobody may open, and building them delayed the first chart.
 */
export function TableView({ summary = 'Table view', children }: { summary?: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children}
    </details>
  );
}
