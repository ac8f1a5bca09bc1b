/**
 * Geometry shared by the shaping step (which must know a chart's height before anything loads, to
 * reserve it) and the drawings. Rows of horizontal charts: label line(s), then the bar.
 */
export const ROW_LAYOUT = {
  top: 4,
  axisHeight: 46,
  lineHeight: 16,
  labelGap: 4,
  barThickness: 18,
  rowGap: 14,
} as const;

/** Labels longer than this (estimated px) get two lines, so they fit a phone-width chart. */
export const ONE_LINE_LABEL_WIDTH = 290;

export function rowHeight(labelLines: number): number {
  const { lineHeight, labelGap, barThickness, rowGap } = ROW_LAYOUT;
  return labelLines * lineHeight + labelGap + barThickness + rowGap;
}

/** The height to reserve for a horizontal bar or bullet chart. */
export function rowChartHeight(rows: number, labelLines: number): number {
  return ROW_LAYOUT.top + rows * rowHeight(labelLines) + ROW_LAYOUT.axisHeight;
}

export const COLUMN_CHART_HEIGHT = 300;
