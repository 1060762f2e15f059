import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { REASON_CONTROL_LABELS } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/schemas';
import { ChartCard } from '../ChartCard';
import { AXIS_TICK, chartProps, CountButton, GRID_STROKE, LEGEND_PROPS, SERIES, seriesBar, TOOLTIP_PROPS, useOpenPoint } from '../chart-parts';

const TITLE = 'Rejection reasons';
const NO_REASON = 'No reason recorded';

interface Row {
  reason: number | 'none';
  label: string;
  mine: number;
  outside: number;
  none: number;
}

/** Chart 1: each reason cited, coloured by whether it was in the user's control; bids with none recorded apart. */
export function ReasonsChart({ data }: { data: Insights['reasons'] }) {
  const open = useOpenPoint();
  const rows: Row[] = data.reasons.map((reason) => ({
    reason: reason.reasonId,
    label: reason.label,
    mine: reason.control === 'mine' ? reason.count : 0,
    outside: reason.control === 'outside' ? reason.count : 0,
    none: 0,
  }));
  if (data.withoutReasons > 0) rows.push({ reason: 'none', label: NO_REASON, mine: 0, outside: 0, none: data.withoutReasons });
  const titleOf = (row: Row) => (row.reason === 'none' ? `Lost bids with no reason recorded` : `Lost bids citing ${row.label}`);
  const onRow = (row: Row) => open({ chart: 'reasons', reason: row.reason }, titleOf(row));
  return (
    <ChartCard
      chart="reasons"
      title={TITLE}
      data={data}
      nextStep="Reasons are recorded when a bid is moved to Rejected, Role pulled or No response, or later from the bid."
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Reason</th>
              <th scope="col">Whose</th>
              <th scope="col">Lost bids</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.reason}>
                <th scope="row">{row.label}</th>
                <td>{row.reason === 'none' ? '—' : row.mine > 0 ? REASON_CONTROL_LABELS.mine : REASON_CONTROL_LABELS.outside}</td>
                <td>
                  <CountButton count={row.mine + row.outside + row.none} point={{ chart: 'reasons', reason: row.reason }} title={titleOf(row)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart {...chartProps(TITLE, data.reading, 60 + rows.length * 30)} data={rows} layout="vertical">
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis type="category" dataKey="label" width={210} tick={AXIS_TICK} interval={0} />
        <Tooltip {...TOOLTIP_PROPS} />
        <Legend {...LEGEND_PROPS} />
        <Bar dataKey="mine" stackId="reason" {...seriesBar(REASON_CONTROL_LABELS.mine, SERIES.warm, onRow)} />
        <Bar dataKey="outside" stackId="reason" {...seriesBar(REASON_CONTROL_LABELS.outside, SERIES.primary, onRow)} />
        {data.withoutReasons > 0 && <Bar dataKey="none" stackId="reason" {...seriesBar(NO_REASON, SERIES.muted, onRow)} />}
      </BarChart>
    </ChartCard>
  );
}
