import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { STAGE_LABELS } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/schemas';
import { ChartCard } from '../ChartCard';
import { AXIS_TICK, chartProps, CountButton, GRID_STROKE, SERIES, seriesBar, TOOLTIP_PROPS, useOpenPoint } from '../chart-parts';

const TITLE = 'Stage reached when lost';
type Row = Insights['stageReached']['stages'][number] & { label: string };

/** Chart 2: how far lost bids got. */
export function StageReachedChart({ data }: { data: Insights['stageReached'] }) {
  const open = useOpenPoint();
  const rows: Row[] = data.stages.map((row) => ({ ...row, label: STAGE_LABELS[row.stage] }));
  const titleOf = (row: Row) => `Bids lost at ${row.label}`;
  return (
    <ChartCard
      chart="stageReached"
      title={TITLE}
      data={data}
      nextStep="Counted from bids moved to Rejected, Role pulled or No response."
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Stage reached</th>
              <th scope="col">Lost bids</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.stage}>
                <th scope="row">{row.label}</th>
                <td>
                  <CountButton count={row.count} point={{ chart: 'stageReached', stage: row.stage }} title={titleOf(row)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart {...chartProps(TITLE, data.reading, 240)} data={rows}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="label" tick={AXIS_TICK} interval={0} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} width={40} />
        <Tooltip {...TOOLTIP_PROPS} />
        <Bar
          dataKey="count"
          {...seriesBar<Row>('Lost bids', SERIES.warm, (row) => open({ chart: 'stageReached', stage: row.stage }, titleOf(row)))}
        />
      </BarChart>
    </ChartCard>
  );
}
