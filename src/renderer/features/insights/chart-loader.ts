import { useEffect } from 'react';

/** The charts and recharts: a chunk of their own, which the board never needs. */
export const loadChartGrid = () => import('./ChartGrid');

/**
 * Loads the charts' code once the app is idle after its first page is drawn, so that a first visit to Insights
 * draws its first chart without waiting for 400 kB of code to arrive and compile. Idle time only: the board's
 * own first cards are never delayed by it.
 */
export function usePreloadCharts(): void {
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    const idle = window.requestIdleCallback(() => void loadChartGrid(), { timeout: 5_000 });
    return () => window.cancelIdleCallback(idle);
  }, []);
}
