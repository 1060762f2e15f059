import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../../../shared/schemas';
import { formatCalendarDate } from '../../../app/dates';
import { ChartCard } from '../ChartCard';
import { AXIS_TICK, chartProps, CountButton, GRID_STROKE, SERIES, seriesBar, TOOLTIP_PROPS, useOpenPoint } from '../chart-parts';

const TITLE = 'Bench time between contracts';
type Row = Insights['bench']['gaps'][number] & { label: string };

/** Chart 9: days without a contract between one contract's end and the next one's start, and today's if benched. */
export function BenchChart({ data }: { data: Insights['bench'] }) {
  const open = useOpenPoint();
  const rows: Row[] = data.gaps.map((gap) => ({ ...gap, label: gap.nextContractId === null ? 'Now' : formatCalendarDate(gap.nextStartOn) }));
  const titleOf = (row: Row) =>
    row.nextContractId === null ? `On the bench since ${formatCalendarDate(row.endedOn)}` : `The contracts either side of the gap before ${row.label}`;
  return (
    <ChartCard
      chart="bench"
      title={TITLE}
      data={data}
      nextStep="Record the contract of each bid you win: its start and end dates."
      footer={<p className="muted chart-note">Only the date range applies here: bench time is about contracts, not bids.</p>}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Contract ended</th>
              <th scope="col">Next started</th>
              <th scope="col">Days on the bench</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.previousContractId}>
                <th scope="row">{formatCalendarDate(row.endedOn)}</th>
                <td>{row.nextContractId === null ? 'Not yet' : formatCalendarDate(row.nextStartOn)}</td>
                <td>
                  <CountButton count={row.days} point={{ chart: 'bench', previousContractId: row.previousContractId }} title={titleOf(row)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart {...chartProps(TITLE, data.reading, 240)} data={rows}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={12} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} width={40} />
        <Tooltip {...TOOLTIP_PROPS} />
        <Bar
          dataKey="days"
          {...seriesBar<Row>('Days on the bench', SERIES.muted, (row) => open({ chart: 'bench', previousContractId: row.previousContractId }, titleOf(row)))}
        />
      </BarChart>
    </ChartCard>
  );
}
