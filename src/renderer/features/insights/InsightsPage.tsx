import { useCallback, useState } from 'react';
import type { InsightPoint } from '../../../shared/schemas';
import { BenchChart } from './charts/BenchChart';
import { BriefChart } from './charts/BriefChart';
import { CalibrationChart } from './charts/CalibrationChart';
import { FunnelChart } from './charts/FunnelChart';
import { MonthlyChart } from './charts/MonthlyChart';
import { ReasonsChart } from './charts/ReasonsChart';
import { ResultsChart } from './charts/ResultsChart';
import { StageReachedChart } from './charts/StageReachedChart';
import { TimeInStageChart } from './charts/TimeInStageChart';
import { OpenPointContext } from './chart-parts';
import { Findings } from './Findings';
import { InsightFilterBar } from './InsightFilterBar';
import { useInsightFilters } from './insights-filters';
import { useChartsFollowBidChanges, useInsights } from './insights-queries';
import { PointBidsDialog } from './PointBidsDialog';
import './insights.css';

/**
 * What the pipeline has taught so far: findings first, then one card per chart. Every bar opens the bids behind
 * it, and every chart has a table view whose numbers do the same from the keyboard.
 */
export function InsightsPage() {
  const [filters, setFilters] = useInsightFilters();
  const insights = useInsights(filters);
  useChartsFollowBidChanges();
  const [opened, setOpened] = useState<{ point: InsightPoint; title: string } | null>(null);
  const openPoint = useCallback((point: InsightPoint, title: string) => setOpened({ point, title }), []);
  const data = insights.data;
  return (
    <div className="page insights-page" aria-busy={insights.isFetching}>
      <div className="insights-header">
        <h2 tabIndex={-1} data-page-heading>
          Insights
        </h2>
        <InsightFilterBar filters={filters} onChange={setFilters} />
      </div>
      <div className="insights-body">
        {insights.isError && (
          <p className="form-error" role="alert">
            {(insights.error as Error).message}
          </p>
        )}
        {!data && insights.isPending && <p className="muted">Reading your pipeline…</p>}
        {data && (
          <OpenPointContext.Provider value={openPoint}>
            <Findings findings={data.findings} />
            <div className="chart-grid">
              <ReasonsChart data={data.reasons} />
              <StageReachedChart data={data.stageReached} />
              <FunnelChart data={data.funnel} />
              <ResultsChart data={data.results} />
              <MonthlyChart data={data.monthly} />
              <CalibrationChart data={data.calibration} />
              <BriefChart data={data.brief} />
              <TimeInStageChart data={data.timeInStage} />
              <BenchChart data={data.bench} />
            </div>
          </OpenPointContext.Provider>
        )}
      </div>
      {opened && <PointBidsDialog point={opened.point} title={opened.title} filters={filters} onClose={() => setOpened(null)} />}
    </div>
  );
}
