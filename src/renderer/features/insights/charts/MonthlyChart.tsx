import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { MONTHLY_SERIES, type Insights, type MonthlySeries } from '../../../../shared/schemas';
import { formatMonth } from '../../../app/dates';
import { ChartCard } from '../ChartCard';
import { AXIS_TICK, chartProps, CountButton, GRID_STROKE, LEGEND_PROPS, SERIES, seriesBar, TOOLTIP_PROPS, useOpenPoint } from '../chart-parts';

const TITLE = 'Month by month';
const SERIES_LABELS: Record<MonthlySeries, string> = { bids: 'Bids added', rejections: 'Lost', wins: 'Won' };
const SERIES_COLOURS: Record<MonthlySeries, string> = { bids: SERIES.primary, rejections: SERIES.warm, wins: SERIES.good };
type Row = Insights['monthly']['months'][number] & { label: string };

/** Chart 5: bids added each month, and bids lost and won in the month they were decided. */
export function MonthlyChart({ data }: { data: Insights['monthly'] }) {
  const open = useOpenPoint();
  const rows: Row[] = data.months.map((row) => ({ ...row, label: formatMonth(row.month) }));
  const titleOf = (row: Row, series: MonthlySeries) => `${row.label}: ${SERIES_LABELS[series].toLowerCase()}`;
  return (
    <ChartCard
      chart="monthly"
      title={TITLE}
      data={data}
      nextStep="Fills in as bids are added and decided."
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Month</th>
              {MONTHLY_SERIES.map((series) => (
                <th scope="col" key={series}>
                  {SERIES_LABELS[series]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{row.label}</th>
                {MONTHLY_SERIES.map((series) => (
                  <td key={series}>
                    <CountButton count={row[series]} point={{ chart: 'monthly', month: row.month, series }} title={titleOf(row, series)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart {...chartProps(TITLE, data.reading, 260)} data={rows}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={12} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} width={40} />
        <Tooltip {...TOOLTIP_PROPS} />
        <Legend {...LEGEND_PROPS} />
        {MONTHLY_SERIES.map((series) => (
          <Bar
            key={series}
            dataKey={series}
            {...seriesBar<Row>(SERIES_LABELS[series], SERIES_COLOURS[series], (row) => open({ chart: 'monthly', month: row.month, series }, titleOf(row, series)))}
          />
        ))}
      </BarChart>
    </ChartCard>
  );
}
