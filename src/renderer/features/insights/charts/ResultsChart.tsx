import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { RESULT_STEPS, type InsightPoint, type Insights, type ResultStep } from '../../../../shared/schemas';
import { ChartCard } from '../ChartCard';
import { TableView } from '../TableView';
import { AXIS_TICK, chartProps, CountButton, GRID_STROKE, LEGEND_PROPS, SERIES, seriesBar, TOOLTIP_PROPS, useOpenPoint } from '../chart-parts';

const TITLE = 'Results by agency and by source';
const STEP_LABELS: Record<ResultStep, string> = { submitted: 'Submitted', interview: 'Interview', offer: 'Offer', won: 'Won' };
const STEP_COLOURS: Record<ResultStep, string> = { submitted: SERIES.primary, interview: SERIES.extra, offer: SERIES.warm, won: SERIES.good };

interface Row extends Record<ResultStep, number> {
  label: string;
  point: (step: ResultStep) => InsightPoint;
}

function ResultsGroup({ heading, column, rows, reading }: { heading: string; column: string; rows: Row[]; reading: string }) {
  const open = useOpenPoint();
  const titleOf = (row: Row, step: ResultStep) => `${row.label}: bids that reached ${STEP_LABELS[step]}`;
  return (
    <>
      <h4>{heading}</h4>
      {/* Names down the side: agency names are too long to sit side by side under the bars. */}
      <BarChart {...chartProps(`${TITLE}: ${heading}`, reading, 70 + rows.length * 64)} data={rows} layout="vertical" barGap={1}>
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis type="category" dataKey="label" width={170} tick={AXIS_TICK} interval={0} />
        <Tooltip {...TOOLTIP_PROPS} />
        <Legend {...LEGEND_PROPS} />
        {RESULT_STEPS.map((step) => (
          <Bar
            key={step}
            dataKey={step}
            {...seriesBar<Row>(STEP_LABELS[step], STEP_COLOURS[step], (row) => open(row.point(step), titleOf(row, step)))}
          />
        ))}
      </BarChart>
      <TableView summary={`Table view: ${heading.toLowerCase()}`}>
        <table>
          <thead>
            <tr>
              <th scope="col">{column}</th>
              {RESULT_STEPS.map((step) => (
                <th scope="col" key={step}>
                  {STEP_LABELS[step]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {RESULT_STEPS.map((step) => (
                  <td key={step}>
                    <CountButton count={row[step]} point={row.point(step)} title={titleOf(row, step)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableView>
    </>
  );
}

/** Chart 4: how far bids got, agency by agency (the top five, direct bids, the rest together) and source by source. */
export function ResultsChart({ data }: { data: Insights['results'] }) {
  const byAgency: Row[] = data.byAgency.map((row) => ({ ...row, point: (step) => ({ chart: 'agency', agency: row.agency, step }) }));
  const bySource: Row[] = data.bySource.map((row) => ({ ...row, point: (step) => ({ chart: 'source', source: row.source, step }) }));
  return (
    <ChartCard chart="results" title={TITLE} data={data} nextStep="Counted from bids that were submitted: move bids to Submitted as you send them.">
      <ResultsGroup heading="By agency" column="Agency" rows={byAgency} reading={data.reading} />
      <ResultsGroup heading="By source" column="Source" rows={bySource} reading={data.reading} />
    </ChartCard>
  );
}
