import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/**
 * Charts drawn one after another rather than all in one go: recharts measures every label as it lays a chart
 * out, and nine charts at once kept the page blank for over a second. The first is drawn at once, each next one
 * in a task of its own once the one before is on screen; cards show their title and reading meanwhile.
 */
const DrawNowContext = createContext(true);

export function useDrawNow(): boolean {
  return useContext(DrawNowContext);
}

/** How many of `count` charts may be drawn so far; one more after each render, until all are. */
export function useChartsInTurn(count: number): number {
  const [drawn, setDrawn] = useState(1);
  useEffect(() => {
    if (drawn >= count) return;
    // After the next frame is painted, so that each chart is on screen before the next one is laid out.
    let timer = 0;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => setDrawn((current) => current + 1), 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [drawn, count]);
  return drawn;
}

export function DrawTurn({ now, children }: { now: boolean; children: ReactNode }) {
  return <DrawNowContext.Provider value={now}>{children}</DrawNowContext.Provider>;
}
