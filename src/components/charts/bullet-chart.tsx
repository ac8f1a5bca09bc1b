import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import {
  RowLabel,
  ValueLabel,
  barAnimation,
  chartProps,
  renderTooltip,
  rowChartProps,
  rowPlace,
  useDrawnSignal,
} from './chart-parts';
import { ROW_LAYOUT } from './chart-layout';
import type { BulletChartData, BulletDatum } from './chart-types';
import type { DrawingProps } from './chart-drawing';
import { CHROME, toneColor } from './palette';

/**
 * Bullet rows: each rate as a bar on a full-scale track (0–100%), with its reference (a
 * deployment bar, a target) as a dark tick across the bar.
 */
export function BulletChartDrawing(props: DrawingProps<BulletChartData>) {
  const { data, width, animate, onDrawn } = props;
  useDrawnSignal(animate, onDrawn, width);
  const { rows, axis } = data;
  const layout = rowChartProps(
    axis,
    rows.map((r) => r.valueLabel),
    width,
  );
  const { low, high } = layout.domain;
  const { scale, plotWidth } = layout;

  const shape = (bar: BarShapeProps) => {
    const datum = bar.payload as BulletDatum;
    const { top, barTop, valueY } = rowPlace(bar.index ?? 0, data.labelLines);
    // Recharts gives the animated extent; the track and reference use the axis scale.
    const x1 = (bar.x ?? scale(low)) + (bar.width ?? scale(datum.value) - scale(low));
    const refX = datum.reference ? scale(datum.reference.value) : null;
    return (
      <g className="chart-bullet">
        <RowLabel label={datum.label} width={width} top={top} reservedLines={data.labelLines} />
        <rect
          x={scale(low)}
          y={barTop}
          width={plotWidth}
          height={ROW_LAYOUT.barThickness}
          style={{ fill: CHROME.track }}
        />
        <rect
          x={scale(low)}
          y={barTop + 3}
          width={Math.max(0, x1 - scale(low))}
          height={ROW_LAYOUT.barThickness - 6}
          style={{ fill: toneColor(datum.tone) }}
        />
        {refX !== null && (
          <line
            x1={refX}
            x2={refX}
            y1={barTop - 3}
            y2={barTop + ROW_LAYOUT.barThickness + 3}
            style={{ stroke: toneColor('reference'), strokeWidth: 3 }}
          />
        )}
        <ValueLabel x={scale(high) + 6} y={valueY}>
          {datum.valueLabel}
        </ValueLabel>
      </g>
    );
  };

  return (
    <BarChart {...chartProps(props)} {...layout.chart} data={rows}>
      <CartesianGrid horizontal={false} className="chart-grid" />
      <XAxis {...layout.xAxis} interval={0} />
      <YAxis type="category" dataKey="key" hide />
      <Tooltip content={renderTooltip} isAnimationActive={false} />
      <Bar dataKey="value" shape={shape} {...barAnimation(animate)} />
    </BarChart>
  );
}
