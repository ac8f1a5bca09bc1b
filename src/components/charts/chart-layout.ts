/**
 * Geometry shared by the shaping step (which must know a chart's height before anything loads, to
 * reserve it) and the drawings. Rows of horizontal charts: label line(s), then the bar.
 */
import { estimateTextWidth } from './text-measure';

/** Size of the drawings' labels and values, also used to estimate their widths while shaping. */
export const FONT_SIZE = 12.5;

export const ROW_LAYOUT = {
  top: 4,
  /** Left of the plot: room for a bar that starts at the axis' low end. */
  left: 16,
  axisHeight: 46,
  lineHeight: 16,
  labelGap: 4,
  barThickness: 18,
  rowGap: 14,
} as const;

/** Labels longer than this (estimated px) get two lines, so they fit a phone-width chart. */
export const ONE_LINE_LABEL_WIDTH = 290;

/** Lines each label of a row chart needs at phone width, at most `maxLines` (the drawing cuts). */
export function labelLinesFor(labels: readonly string[], maxLines: number): number {
  const widest = Math.max(0, ...labels.map((l) => estimateTextWidth(l, FONT_SIZE)));
  return Math.min(maxLines, Math.max(1, Math.ceil(widest / ONE_LINE_LABEL_WIDTH)));
}

export function rowHeight(labelLines: number): number {
  const { lineHeight, labelGap, barThickness, rowGap } = ROW_LAYOUT;
  return labelLines * lineHeight + labelGap + barThickness + rowGap;
}

/** The height to reserve for a horizontal bar or bullet chart. */
export function rowChartHeight(rows: number, labelLines: number): number {
  return ROW_LAYOUT.top + rows * rowHeight(labelLines) + ROW_LAYOUT.axisHeight;
}

export const COLUMN_CHART_HEIGHT = 300;
