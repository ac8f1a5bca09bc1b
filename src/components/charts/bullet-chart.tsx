import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import {
  ANIMATION_MS,
  FONT_SIZE,
  SvgLabel,
  labelLines,
  renderTooltip,
  useDrawnSignal,
} from './chart-parts';
import { ROW_LAYOUT, rowHeight } from './chart-layout';
import type { BulletChartData, BulletDatum } from './chart-types';
import { estimateTextWidth } from './text-measure';
import type { DrawingProps } from './lazy-chart';
import { CHROME, toneColor } from './palette';

const MARGIN_LEFT = 16;

/**
 * Bullet rows: each rate as a bar on a full-scale track (0–100%), with its reference (a
 * deployment bar, a target) as a dark tick across the bar.
 */
export function BulletChartDrawing({
  data,
  width,
  height,
  animate,
  onDrawn,
  labelledBy,
  describedBy,
}: DrawingProps<BulletChartData>) {
  useDrawnSignal(animate, onDrawn, width);
  const { rows, axis } = data;
  const ticks = axis.ticks.map((t) => t.value);
  const low = ticks[0] ?? 0;
  const high = ticks[ticks.length - 1] ?? 100;
  const tickLabel = new Map(axis.ticks.map((t) => [t.value, t.label]));
  const longestValue = Math.max(0, ...rows.map((r) => estimateTextWidth(r.valueLabel, FONT_SIZE)));
  // Bold labels run a little wider than the estimate; the last tick label needs room too.
  const right = Math.min(
    Math.max(Math.ceil(longestValue * 1.15) + 14, 24),
    Math.floor(width * 0.45),
  );
  const plotWidth = Math.max(1, width - MARGIN_LEFT - right);
  const row = rowHeight(data.labelLines);
  const scale = (v: number) => MARGIN_LEFT + ((v - low) / (high - low || 1)) * plotWidth;

  const shape = (props: BarShapeProps) => {
    const datum = props.payload as BulletDatum;
    const index = props.index ?? 0;
    const top = ROW_LAYOUT.top + index * row;
    const barTop = top + data.labelLines * ROW_LAYOUT.lineHeight + ROW_LAYOUT.labelGap;
    // Recharts gives the animated extent; the track and reference use the axis scale.
    const x1 = (props.x ?? scale(low)) + (props.width ?? scale(datum.value) - scale(low));
    const lines = labelLines(datum.label, width - 4, data.labelLines);
    const refX = datum.reference ? scale(datum.reference.value) : null;
    return (
      <g className="chart-bullet">
        <SvgLabel
          lines={lines}
          x={2}
          top={top + (data.labelLines - lines.length) * ROW_LAYOUT.lineHeight}
        />
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
        <text
          x={scale(high) + 6}
          y={barTop + ROW_LAYOUT.barThickness / 2 + FONT_SIZE * 0.35}
          className="chart-value-label"
          style={{ fontSize: FONT_SIZE }}
        >
          {datum.valueLabel}
        </text>
      </g>
    );
  };

  return (
    <BarChart
      width={width}
      height={height}
      data={rows}
      layout="vertical"
      margin={{ top: ROW_LAYOUT.top, right, bottom: 0, left: MARGIN_LEFT }}
      barCategoryGap={0}
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      <CartesianGrid horizontal={false} className="chart-grid" />
      <XAxis
        type="number"
        domain={[low, high]}
        ticks={ticks}
        interval={0}
        tickFormatter={(v: number) => tickLabel.get(v) ?? String(v)}
        height={ROW_LAYOUT.axisHeight}
        label={{
          value: axis.title,
          position: 'insideBottom',
          offset: 2,
          className: 'chart-axis-title',
        }}
      />
      <YAxis type="category" dataKey="key" hide />
      <Tooltip content={renderTooltip} isAnimationActive={false} />
      <Bar
        dataKey="value"
        shape={shape}
        isAnimationActive={animate}
        animationDuration={ANIMATION_MS}
      />
    </BarChart>
  );
}
