import { useId, type ReactNode } from 'react';
import { useDrawNow } from './staggered-drawing';
import { TableView } from './TableView';
import type { Insights } from '../../../shared/schemas';

type Sufficiency = Pick<Insights['funnel'], 'enoughData' | 'have' | 'need' | 'unit' | 'reading'>;

interface ChartCardProps {
  chart: string;
  title: string;
  data: Sufficiency;
  /** What to do to get this chart, shown while there is not enough data. */
  nextStep: string;
  /** The drawing, shown only with enough data. */
  children: ReactNode;
  /** The same numbers as a table, behind a toggle (a chart of several parts gives each its own). */
  table?: ReactNode;
  /** Shown whatever the data, under the chart (a note, or a list worth seeing even with little data). */
  footer?: ReactNode;
}

/**
 * One chart: its title, its reading in plain words, and the drawing with a table view of the same numbers; or,
 * below the chart's minimum, how much more data it needs instead of a chart that would mislead.
 */
export function ChartCard({ chart, title, data, nextStep, children, table, footer }: ChartCardProps) {
  const headingId = useId();
  const drawNow = useDrawNow();
  return (
    <section className="chart-card" aria-labelledby={headingId} data-chart={chart}>
      <h3 id={headingId}>{title}</h3>
      <p className="chart-reading">{data.reading}</p>
      {data.enoughData ? (
        <>
          <div className="chart-drawing">{drawNow ? children : <div className="chart-placeholder" aria-hidden="true" />}</div>
          {table && <TableView>{table}</TableView>}
        </>
      ) : (
        <p className="chart-empty muted">{nextStep}</p>
      )}
      {footer}
    </section>
  );
}
