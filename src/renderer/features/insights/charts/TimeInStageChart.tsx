import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { STAGE_LABELS } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/schemas';
import { ChartCard } from '../ChartCard';
import { AXIS_TICK, chartProps, CountButton, GRID_STROKE, SERIES, seriesBar, TOOLTIP_PROPS, useOpenPoint } from '../chart-parts';

const TITLE = 'Time to decision';
type Row = Insights['timeInStage']['stages'][number] & { label: string };

/** Chart 8: the median days bids spend in each stage before moving on. */
export function TimeInStageChart({ data }: { data: Insights['timeInStage'] }) {
  const open = useOpenPoint();
  const rows: Row[] = data.stages.map((row) => ({ ...row, label: STAGE_LABELS[row.stage] }));
  const titleOf = (row: Row) => `Bids that moved on from ${row.label}`;
  return (
    <ChartCard
      chart="timeInStage"
      title={TITLE}
      data={data}
      nextStep="Measured from each bid's stage history as bids move on."
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Median days</th>
              <th scope="col">Moves on</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.stage}>
                <th scope="row">{row.label}</th>
                <td>{row.medianDays === null ? '—' : row.medianDays.toLocaleString()}</td>
                <td>
                  <CountButton count={row.stays} point={{ chart: 'timeInStage', stage: row.stage }} title={titleOf(row)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart {...chartProps(TITLE, data.reading, 60 + rows.length * 32)} data={rows} layout="vertical">
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
        <XAxis type="number" tick={AXIS_TICK} />
        <YAxis type="category" dataKey="label" width={90} tick={AXIS_TICK} interval={0} />
        <Tooltip {...TOOLTIP_PROPS} />
        <Bar
          dataKey="medianDays"
          {...seriesBar<Row>('Median days', SERIES.primary, (row) => open({ chart: 'timeInStage', stage: row.stage }, titleOf(row)))}
        />
      </BarChart>
    </ChartCard>
  );
}
