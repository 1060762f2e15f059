import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { STAGE_LABELS } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/schemas';
import { ChartCard } from '../ChartCard';
import { AXIS_TICK, chartProps, CountButton, GRID_STROKE, SERIES, seriesBar, TOOLTIP_PROPS, useOpenPoint } from '../chart-parts';

const TITLE = 'Funnel';
type Row = Insights['funnel']['stages'][number] & { label: string; rate: string };

const percent = (share: number | null) => (share === null ? '' : `${Math.round(share * 100)}%`);

/** Chart 3: bids reaching each stage, with the share that got on from the stage before (a bar chart reads better than a funnel shape). */
export function FunnelChart({ data }: { data: Insights['funnel'] }) {
  const open = useOpenPoint();
  const rows: Row[] = data.stages.map((row) => ({ ...row, label: STAGE_LABELS[row.stage], rate: percent(row.conversion) }));
  const titleOf = (row: Row) => `Bids that reached ${row.label}`;
  return (
    <ChartCard
      chart="funnel"
      title={TITLE}
      data={data}
      nextStep="Add bids on the Board and move them on as they progress."
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Bids that reached it</th>
              <th scope="col">Of those at the stage before</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.stage}>
                <th scope="row">{row.label}</th>
                <td>
                  <CountButton count={row.reached} point={{ chart: 'funnel', stage: row.stage }} title={titleOf(row)} />
                </td>
                <td>{row.rate || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart {...chartProps(TITLE, data.reading, 60 + rows.length * 32)} data={rows} layout="vertical">
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis type="category" dataKey="label" width={90} tick={AXIS_TICK} interval={0} />
        <Tooltip {...TOOLTIP_PROPS} />
        <Bar
          dataKey="reached"
          {...seriesBar<Row>('Bids that reached it', SERIES.primary, (row) => open({ chart: 'funnel', stage: row.stage }, titleOf(row)))}
        >
          <LabelList dataKey="rate" position="right" fill="var(--text-muted)" fontSize={12} />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
