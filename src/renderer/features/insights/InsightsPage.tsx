import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { InsightPoint } from '../../../shared/schemas';
import { Loading, ShowingEarlier } from '../connection/Loading';
import { loadChartGrid } from './chart-loader';
import { OpenPointContext } from './open-point';
import { Findings } from './Findings';
import { InsightFilterBar } from './InsightFilterBar';
import { useInsightFilters } from './insights-filters';
import { useChartsFollowBidChanges, useInsights } from './insights-queries';
import { PointBidsDialog } from './PointBidsDialog';
import './insights.css';

/** The charts and recharts: loaded ahead when the app is idle, else on the first visit while the page asks for its numbers. */
const ChartGrid = lazy(loadChartGrid);

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
  useEffect(() => {
    void loadChartGrid();
  }, []);
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
        {!data && insights.isPending && <Loading what="your charts" />}
        {data && (
          <OpenPointContext.Provider value={openPoint}>
            {insights.isPlaceholderData && <ShowingEarlier what="the findings and charts" />}
            <Findings findings={data.findings} />
            <Suspense fallback={<p className="muted">Drawing the charts…</p>}>
              <ChartGrid data={data} />
            </Suspense>
          </OpenPointContext.Provider>
        )}
      </div>
      {opened && <PointBidsDialog point={opened.point} title={opened.title} filters={filters} onClose={() => setOpened(null)} />}
    </div>
  );
}
