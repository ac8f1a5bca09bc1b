/**
 * Geometry of the series chart, shared by its Recharts drawing (series-chart.tsx) and the still
 * drawn before it (series-still.tsx), so that one replaces the other in place.
 */
import { FONT_SIZE } from './chart-layout';
import type { SeriesChartData, ValueAxis } from './chart-types';
import { estimateTextWidth } from './text-measure';

export const SERIES_LAYOUT = {
  /** Above the plot: the axis title. */
  top: 34,
  right: 12,
  /** The period axis below the plot. */
  axisHeight: 44,
  /** Above this many columns or points, values are read from the tooltip and table. */
  maxValueLabels: 12,
  /** Above this many periods, the period axis labels only some of them. */
  maxCategoryLabels: 12,
  /** Room between groups of columns, as a share of a period's band (Recharts' barCategoryGap). */
  categoryGap: 0.24,
  maxBarSize: 90,
} as const;

/** Width of the value axis: its longest tick label and the tick. */
export function seriesAxisWidth(axis: ValueAxis): number {
  return Math.ceil(
    Math.max(24, ...axis.ticks.map((t) => estimateTextWidth(t.label, FONT_SIZE))) + 14,
  );
}

/**
 * Room right of the plot: a line's last period sits on the plot's right end, its label centred
 * there, so the margin takes half of that label (columns keep the label inside their band).
 */
export function seriesRight(data: SeriesChartData): number {
  const last = data.categories.at(-1)?.label ?? '';
  return data.mode === 'lines'
    ? Math.max(SERIES_LAYOUT.right, Math.ceil(estimateTextWidth(last, FONT_SIZE) / 2) + 2)
    : SERIES_LAYOUT.right;
}

/** Whether each column prints its value (few enough of them); else tooltip and table give it. */
export function seriesShowsValues(data: SeriesChartData): boolean {
  const cells = data.categories.reduce((n, c) => n + Object.keys(c.cells).length, 0);
  return cells <= SERIES_LAYOUT.maxValueLabels;
}
