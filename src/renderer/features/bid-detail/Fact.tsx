import type { ReactNode } from 'react';

/** One term and its value in a panel's facts list; an empty value shows as a dash. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children || <span className="muted">—</span>}</dd>
    </div>
  );
}
