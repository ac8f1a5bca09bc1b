import type { CSSProperties, Ref } from 'react';
import type { SeriesCategory, SeriesChartData } from './chart-types';
import { FONT_SIZE } from './chart-layout';
import { HatchPattern, usePatternId } from './hatch-pattern';
import { SERIES_LAYOUT, seriesAxisWidth, seriesRight, seriesShowsValues } from './series-layout';
import { toneColor, type Tone } from './palette';
import { estimateTextWidth } from './text-measure';

/*
 * A series chart drawn as plain SVG by React, on the server and in the browser: what a reader
 * sees from the first paint, without script and while Recharts (which cannot render on the
 * server, recharts issue 5997) has not loaded. The page's charts replace it with the Recharts
 * drawing (series-chart.tsx, with its tooltip) when the reader points at, touches or focuses it,
 * so a page whose chart is in view as it opens runs no charting code until then.
 *
 * It lays the series out as Recharts does with series-chart.tsx's settings (a band per period,
 * Recharts' bar sizing, a point scale for lines, the same ticks, margins and classes), so the
 * swap is not a jump.
 */

export interface SeriesStillProps {
  data: SeriesChartData;
  width: number;
  height: number;
  labelledBy?: string;
  describedBy?: string;
  svgRef?: Ref<SVGSVGElement>;
}

const TICK_SIZE = 6;
const TICK_MARGIN = 2;
const BAR_GAP = 4;
/** Least room between two period labels (Recharts' minTickGap). */
const MIN_TICK_GAP = 5;

/** Which period labels fit: the first and last always, others while they do not touch. */
export function shownTicks(labels: readonly string[], xs: readonly number[]): boolean[] {
  const shown = labels.map(() => false);
  if (labels.length === 0) return shown;
  const half = labels.map((l) => estimateTextWidth(l, FONT_SIZE) / 2);
  const last = labels.length - 1;
  shown[0] = true;
  shown[last] = true;
  let right = xs[0]! + half[0]!;
  for (let i = 1; i < last; i += 1) {
    const left = xs[i]! - half[i]!;
    const clearsLast = xs[i]! + half[i]! + MIN_TICK_GAP <= xs[last]! - half[last]!;
    if (left >= right + MIN_TICK_GAP && clearsLast) {
      shown[i] = true;
      right = xs[i]! + half[i]!;
    }
  }
  return shown;
}

/** Recharts' sizing of a group of columns in a band (barCategoryGap 24%, barGap 4, max 90). */
export function columnPlaces(
  band: number,
  count: number,
): { offset: number; size: number; step: number } {
  const offset = band * SERIES_LAYOUT.categoryGap;
  const gap = band - 2 * offset - (count - 1) * BAR_GAP <= 0 ? 0 : BAR_GAP;
  let original = (band - 2 * offset - (count - 1) * gap) / count;
  if (original > 1) original = Math.round(original);
  const size = Math.min(original, SERIES_LAYOUT.maxBarSize);
  // Capped columns close up around the band's middle.
  return { offset: offset + (count * (original - size)) / 2, size, step: size + gap };
}

function columnPaint(tone: Tone, computed: boolean, hatch: string): CSSProperties {
  return computed
    ? { fill: `url(#${hatch})`, stroke: toneColor(tone), strokeDasharray: '4 2', strokeWidth: 1.5 }
    : { fill: toneColor(tone) };
}

function cellOf(category: SeriesCategory, key: string) {
  return category.cells[key];
}

export function SeriesStill({
  data,
  width,
  height,
  labelledBy,
  describedBy,
  svgRef,
}: SeriesStillProps) {
  const hatchBase = usePatternId('still-hatch');
  const { categories, series, axis, mode } = data;
  const { top, axisHeight } = SERIES_LAYOUT;
  const right = seriesRight(data);
  const x0 = seriesAxisWidth(axis);
  const x1 = Math.max(x0 + 1, width - right);
  const y0 = top;
  const y1 = Math.max(y0 + 1, height - axisHeight);
  const values = axis.ticks.map((t) => t.value);
  const low = values[0] ?? 0;
  const high = values[values.length - 1] ?? 1;
  const y = (v: number) => y1 - ((v - low) / (high - low || 1)) * (y1 - y0);
  const n = categories.length;
  const plot = x1 - x0;
  const band = n > 0 ? plot / n : plot;
  // Columns sit in bands with the period at the band's middle; lines on a point scale whose
  // first and last periods are the plot's ends (Recharts' defaults for each).
  const xOf = (i: number) =>
    mode === 'lines' ? (n > 1 ? x0 + (i * plot) / (n - 1) : x0 + plot / 2) : x0 + band * (i + 0.5);
  const xs = categories.map((_, i) => xOf(i));
  // A period's label is centred on it, moved in where it would run past the drawing's edge.
  const labelXs = categories.map((c, i) => {
    const half = estimateTextWidth(c.label, FONT_SIZE) / 2;
    return Math.min(Math.max(xs[i]!, half), width - half);
  });
  // As the drawing's axis: every period up to a dozen, then those that fit.
  const shown =
    n > SERIES_LAYOUT.maxCategoryLabels
      ? shownTicks(
          categories.map((c) => c.label),
          labelXs,
        )
      : categories.map(() => true);
  const showValues = seriesShowsValues(data);
  const zero = y(Math.min(Math.max(0, low), high));
  const columns = columnPlaces(band, Math.max(1, series.length));

  return (
    <svg
      ref={svgRef}
      className="chart-still"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMinYMin meet"
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      tabIndex={0}
    >
      {series.map((s, i) => (
        <HatchPattern key={s.key} id={`${hatchBase}-${i}`} tone={s.tone} />
      ))}
      <text x={4} y={14} className="chart-axis-title" style={{ fontSize: FONT_SIZE }}>
        {axis.title}
      </text>
      <g className="chart-grid">
        {values.map((v) => (
          <line key={v} x1={x0} x2={x1} y1={y(v)} y2={y(v)} />
        ))}
      </g>
      <g className="chart-still-axis">
        <line className="chart-axis-line" x1={x0} x2={x0} y1={y0} y2={y1} />
        {axis.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              className="chart-tick-line"
              x1={x0 - TICK_SIZE}
              x2={x0}
              y1={y(tick.value)}
              y2={y(tick.value)}
            />
            <text
              className="chart-tick-label"
              x={x0 - TICK_SIZE - TICK_MARGIN}
              y={y(tick.value)}
              dy="0.355em"
              textAnchor="end"
            >
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      <g className="chart-still-axis">
        <line className="chart-axis-line" x1={x0} x2={x1} y1={y1} y2={y1} />
        {categories.map((c, i) =>
          shown[i] ? (
            <g key={c.key}>
              <line className="chart-tick-line" x1={xs[i]} x2={xs[i]} y1={y1} y2={y1 + TICK_SIZE} />
              <text
                className="chart-tick-label"
                x={labelXs[i]}
                y={y1 + TICK_SIZE + TICK_MARGIN}
                dy="0.71em"
                textAnchor="middle"
              >
                {c.label}
              </text>
            </g>
          ) : null,
        )}
      </g>
      {mode === 'lines'
        ? series.map((s) => {
            // A line never runs across a period without a value: each run is a path of its own.
            const runs: string[] = [];
            let run = '';
            categories.forEach((c, i) => {
              const cell = cellOf(c, s.key);
              if (!cell) {
                if (run) runs.push(run);
                run = '';
                return;
              }
              run += `${run ? 'L' : 'M'}${xs[i]},${y(cell.value)}`;
            });
            if (run) runs.push(run);
            return (
              <g key={s.key} className="chart-still-line">
                {runs.map((d) => (
                  <path
                    key={d}
                    d={d}
                    style={{ fill: 'none', stroke: toneColor(s.tone), strokeWidth: 2 }}
                  />
                ))}
                {categories.map((c, i) => {
                  const cell = cellOf(c, s.key);
                  if (!cell) return null;
                  return (
                    <circle
                      key={c.key}
                      cx={xs[i]}
                      cy={y(cell.value)}
                      r={4}
                      style={{
                        fill: cell.computed ? 'var(--surface)' : toneColor(s.tone),
                        stroke: toneColor(s.tone),
                        strokeWidth: 2,
                        strokeDasharray: cell.computed ? '2 1' : undefined,
                      }}
                    />
                  );
                })}
              </g>
            );
          })
        : series.map((s, si) => (
            <g key={s.key} className="chart-still-columns">
              {categories.map((c, i) => {
                const cell = cellOf(c, s.key);
                if (!cell) return null;
                const x = x0 + band * i + columns.offset + columns.step * si;
                const top = Math.min(y(cell.value), zero);
                const fits = estimateTextWidth(cell.valueLabel, FONT_SIZE) <= columns.size + 10;
                const column = (
                  <rect
                    key={c.key}
                    className="chart-column"
                    x={x}
                    y={top}
                    width={columns.size}
                    height={Math.abs(zero - y(cell.value))}
                    style={columnPaint(s.tone, cell.computed === true, `${hatchBase}-${si}`)}
                  />
                );
                // A column and its value together; a column alone needs no group (a long
                // series has hundreds).
                if (!showValues || !fits) return column;
                return (
                  <g key={c.key}>
                    {column}
                    <text
                      x={x + columns.size / 2}
                      y={top - 6}
                      textAnchor="middle"
                      className="chart-value-label"
                      style={{ fontSize: FONT_SIZE }}
                    >
                      {cell.valueLabel}
                    </text>
                  </g>
                );
              })}
            </g>
          ))}
    </svg>
  );
}
