import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../../../../shared/schemas';
import { useBidPanel } from '../../../app/bid-panel';
import { formatInstant } from '../../../app/dates';
import { ChartCard } from '../ChartCard';
import { AXIS_TICK, chartProps, CountButton, GRID_STROKE, SERIES, seriesBar, TOOLTIP_PROPS, useOpenPoint } from '../chart-parts';

const TITLE = 'Your view and theirs';
type Row = Insights['calibration']['gaps'][number] & { label: string };

/** "+2", "0", "−3": how far their feedback was above or below the user's own view. */
export function signedGap(gap: number): string {
  return gap > 0 ? `+${gap}` : gap < 0 ? `−${Math.abs(gap)}` : '0';
}

function gapInWords(gap: number): string {
  if (gap === 0) return 'Interviews where their feedback matched your view';
  const points = `${Math.abs(gap)} point${Math.abs(gap) === 1 ? '' : 's'}`;
  return `Interviews where their feedback was ${points} ${gap < 0 ? 'below' : 'above'} your view`;
}

/** The interviews the two views differ most on, listed even before there is enough for the chart. */
function WorthALook({ data }: { data: Insights['calibration'] }) {
  const { openBid } = useBidPanel();
  if (data.worthALook.length === 0) return null;
  const more = data.worthALookTotal - data.worthALook.length;
  return (
    <div className="worth-a-look">
      <h4>Your view and theirs differ: worth a look</h4>
      <ul>
        {data.worthALook.map((interview) => (
          <li key={interview.interviewId}>
            <button type="button" className="link" onClick={() => openBid(interview.bidId)}>
              {interview.bidTitle}
            </button>{' '}
            <span className="muted">
              round {interview.round}, {formatInstant(interview.startsAt)}: you {interview.selfRating}, them {interview.feedbackRating} ({signedGap(interview.gap)})
            </span>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="muted">And {more} earlier: the chart’s bars list them all.</p>}
    </div>
  );
}

/** Chart 6: interviews by the gap between the feedback (1–5) and the user's own view of them (1–5). */
export function CalibrationChart({ data }: { data: Insights['calibration'] }) {
  const open = useOpenPoint();
  const rows: Row[] = data.gaps.map((row) => ({ ...row, label: signedGap(row.gap) }));
  return (
    <ChartCard
      chart="calibration"
      title={TITLE}
      data={data}
      nextStep="After each interview, rate how it went before the feedback comes; then record the feedback."
      footer={<WorthALook data={data} />}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Feedback minus your view</th>
              <th scope="col">Interviews</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.gap}>
                <th scope="row">{row.label}</th>
                <td>
                  <CountButton count={row.count} point={{ chart: 'calibration', gap: row.gap }} title={gapInWords(row.gap)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart {...chartProps(TITLE, data.reading, 220)} data={rows}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="label" tick={AXIS_TICK} interval={0} label={{ value: 'Feedback minus your view (points)', position: 'insideBottom', offset: -4, fill: 'var(--text-muted)', fontSize: 12 }} height={40} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} width={40} />
        <Tooltip {...TOOLTIP_PROPS} />
        <Bar
          dataKey="count"
          {...seriesBar<Row>('Interviews', SERIES.extra, (row) => open({ chart: 'calibration', gap: row.gap }, gapInWords(row.gap)))}
        />
      </BarChart>
    </ChartCard>
  );
}
