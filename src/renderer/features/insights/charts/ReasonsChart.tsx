import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { REASON_CONTROL_LABELS } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/schemas';
import { ChartCard } from '../ChartCard';
import { AXIS_TICK, BAR_PROPS, chartProps, CountButton, GRID_STROKE, LEGEND_PROPS, namedBar, payloadOf, SERIES, TOOLTIP_PROPS, useOpenPoint } from '../chart-parts';

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
  const onBar = (item: { payload?: unknown }) => {
    const row = payloadOf<Row>(item);
    open({ chart: 'reasons', reason: row.reason }, titleOf(row));
  };
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
        <Bar dataKey="mine" name={REASON_CONTROL_LABELS.mine} stackId="reason" fill={SERIES.warm} shape={namedBar(REASON_CONTROL_LABELS.mine)} onClick={onBar} {...BAR_PROPS} />
        <Bar dataKey="outside" name={REASON_CONTROL_LABELS.outside} stackId="reason" fill={SERIES.primary} shape={namedBar(REASON_CONTROL_LABELS.outside)} onClick={onBar} {...BAR_PROPS} />
        {data.withoutReasons > 0 && <Bar dataKey="none" name={NO_REASON} stackId="reason" fill={SERIES.muted} shape={namedBar(NO_REASON)} onClick={onBar} {...BAR_PROPS} />}
      </BarChart>
    </ChartCard>
  );
}
