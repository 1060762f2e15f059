import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { BRIEF_OUTCOMES, type BriefOutcome, type Insights } from '../../../../shared/schemas';
import { ChartCard } from '../ChartCard';
import { AXIS_TICK, chartProps, CountButton, GRID_STROKE, LEGEND_PROPS, SERIES, seriesBar, TOOLTIP_PROPS, useOpenPoint } from '../chart-parts';

const TITLE = 'Brief completeness and outcome';
const OUTCOME_LABELS: Record<BriefOutcome, string> = { won: 'Won', lost: 'Lost' };
const OUTCOME_COLOURS: Record<BriefOutcome, string> = { won: SERIES.good, lost: SERIES.warm };
type Row = Insights['brief']['bands'][number];

/** Chart 7: do thin briefs lose more? Won and lost bids by how much of their brief checklist was ticked. */
export function BriefChart({ data }: { data: Insights['brief'] }) {
  const open = useOpenPoint();
  const rows = data.bands;
  const titleOf = (row: Row, outcome: BriefOutcome) => `${OUTCOME_LABELS[outcome]} bids with briefs ${row.label.toLowerCase()} complete`;
  return (
    <ChartCard
      chart="brief"
      title={TITLE}
      data={data}
      nextStep="Tick a bid's brief checklist as you learn about the role; the chart compares won and lost bids."
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Brief complete</th>
              <th scope="col">Won</th>
              <th scope="col">Lost</th>
              <th scope="col">Share lost</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.band}>
                <th scope="row">{row.label}</th>
                {BRIEF_OUTCOMES.map((outcome) => (
                  <td key={outcome}>
                    <CountButton count={row[outcome]} point={{ chart: 'brief', band: row.band, outcome }} title={titleOf(row, outcome)} />
                  </td>
                ))}
                <td>{row.lossRate === null ? '—' : `${Math.round(row.lossRate * 100)}%`}</td>
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
        <Legend {...LEGEND_PROPS} />
        {BRIEF_OUTCOMES.map((outcome) => (
          <Bar
            key={outcome}
            dataKey={outcome}
            stackId="outcome"
            {...seriesBar<Row>(OUTCOME_LABELS[outcome], OUTCOME_COLOURS[outcome], (row) => open({ chart: 'brief', band: row.band, outcome }, titleOf(row, outcome)))}
          />
        ))}
      </BarChart>
    </ChartCard>
  );
}
