import { memo } from 'react';
import type { Insights } from '../../../shared/schemas';
import { BenchChart } from './charts/BenchChart';
import { BriefChart } from './charts/BriefChart';
import { CalibrationChart } from './charts/CalibrationChart';
import { FunnelChart } from './charts/FunnelChart';
import { MonthlyChart } from './charts/MonthlyChart';
import { ReasonsChart } from './charts/ReasonsChart';
import { ResultsChart } from './charts/ResultsChart';
import { StageReachedChart } from './charts/StageReachedChart';
import { TimeInStageChart } from './charts/TimeInStageChart';
import { DrawTurn, useChartsInTurn } from './staggered-drawing';

/** Each chart redrawn only when its own numbers change, not when the next one's turn comes. */
const CHARTS = [
  memo(({ data }: { data: Insights }) => <ReasonsChart data={data.reasons} />),
  memo(({ data }: { data: Insights }) => <StageReachedChart data={data.stageReached} />),
  memo(({ data }: { data: Insights }) => <FunnelChart data={data.funnel} />),
  memo(({ data }: { data: Insights }) => <ResultsChart data={data.results} />),
  memo(({ data }: { data: Insights }) => <MonthlyChart data={data.monthly} />),
  memo(({ data }: { data: Insights }) => <CalibrationChart data={data.calibration} />),
  memo(({ data }: { data: Insights }) => <BriefChart data={data.brief} />),
  memo(({ data }: { data: Insights }) => <TimeInStageChart data={data.timeInStage} />),
  memo(({ data }: { data: Insights }) => <BenchChart data={data.bench} />),
];

/**
 * The nine chart cards. This module and recharts are loaded with the first visit to Insights, while the page
 * is already asking for its numbers; the board never loads them.
 */
export default function ChartGrid({ data }: { data: Insights }) {
  const drawn = useChartsInTurn(CHARTS.length);
  return (
    <div className="chart-grid">
      {CHARTS.map((Chart, index) => (
        <DrawTurn key={index} now={index < drawn}>
          <Chart data={data} />
        </DrawTurn>
      ))}
    </div>
  );
}
