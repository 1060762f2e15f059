/**
 * What every Insights chart shares: recharts' look in the theme's colours (CSS variables, so light and dark both
 * work), and the table cell that opens the bids behind a number.
 */
import type { CSSProperties } from 'react';
import { Rectangle, type BarShapeProps } from 'recharts';
import type { InsightPoint } from '../../../shared/schemas';
import { useOpenPoint } from './open-point';

export { useOpenPoint };

export const SERIES = {
  primary: 'var(--chart-1)',
  warm: 'var(--chart-2)',
  good: 'var(--chart-3)',
  extra: 'var(--chart-4)',
  muted: 'var(--chart-muted)',
} as const;

/** Props every chart takes: drawn at once (no animation), sized by CSS, and named for screen readers. */
export function chartProps(title: string, reading: string, height: number) {
  // The right margin leaves room for a label at the end of the longest bar.
  return { responsive: true, style: { width: '100%', height } as CSSProperties, title, desc: reading, margin: { top: 8, right: 40, bottom: 8, left: 8 } };
}

export const AXIS_TICK = { fill: 'var(--text-muted)', fontSize: 12 };
export const GRID_STROKE = 'var(--border)';
export const TOOLTIP_PROPS = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6, color: 'var(--text)' },
  cursor: { fill: 'var(--surface-2)' },
  isAnimationActive: false,
} as const;
/** Series in the order they are drawn, not alphabetically. */
export const LEGEND_PROPS = { itemSorter: null } as const;
/**
 * What each bar series takes: its name (for the legend and the tooltip), its colour, and what a click on one of
 * its bars does with the row behind it. Drawn at once, with a pointer since a click lists bids, and each bar in
 * a group named for what it stands for ("Rate: In my control"), so that a bar can be found by its meaning, as a
 * user finds it, rather than by its position.
 */
export function seriesBar<Row>(name: string, fill: string, onRow: (row: Row) => void) {
  return {
    name,
    fill,
    shape: namedBar(name),
    onClick: (item: { payload?: unknown }) => onRow(item.payload as Row),
    isAnimationActive: false,
    cursor: 'pointer',
  } as const;
}

function namedBar(series: string) {
  return function NamedBar(props: BarShapeProps) {
    const label = (props.payload as { label?: string } | undefined)?.label ?? '';
    return (
      <g data-bar={`${label}: ${series}`}>
        <Rectangle {...props} />
      </g>
    );
  };
}

/**
 * A count in a table view, as a button that lists the bids behind it: the keyboard's way to what a click on a
 * bar does. Zero is plain text: there is nothing to list.
 */
export function CountButton({ count, point, title }: { count: number; point: InsightPoint; title: string }) {
  const open = useOpenPoint();
  if (count === 0) return <>0</>;
  return (
    <button type="button" className="link count-button" onClick={() => open(point, title)} aria-label={`${count}: show the bids, ${title}`}>
      {count.toLocaleString()}
    </button>
  );
}
