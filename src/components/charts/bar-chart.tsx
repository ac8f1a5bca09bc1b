import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  DefaultZIndexes,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import {
  ANIMATION_MS,
  FONT_SIZE,
  HatchPattern,
  MarkerShape,
  SvgLabel,
  labelLines,
  renderTooltip,
  useDrawnSignal,
  usePatternId,
} from './chart-parts';
import { ROW_LAYOUT, rowHeight } from './chart-layout';
import type { BarChartData, BarDatum } from './chart-types';
import { estimateTextWidth } from './text-measure';
import type { DrawingProps } from './lazy-chart';
import { toneColor } from './palette';

interface Plotted extends BarDatum {
  plotted: number | [number, number];
}

const MARGIN_LEFT = 16;

/**
 * Horizontal bars, one row per category: the label above, the bar (from zero, or floating for a
 * range, or a point marker for a single value) and its value at the end. Computed bars are
 * hatched. Keyboard: the chart takes focus and arrow keys move the tooltip.
 */
export function BarChartDrawing({
  data,
  width,
  height,
  animate,
  onDrawn,
  labelledBy,
  describedBy,
}: DrawingProps<BarChartData>) {
  useDrawnSignal(animate, onDrawn, width);
  const hatchId = usePatternId('hatch');
  const { bars, axis } = data;
  const ticks = axis.ticks.map((t) => t.value);
  const low = ticks[0] ?? 0;
  const high = ticks[ticks.length - 1] ?? 1;
  const tickLabel = new Map(axis.ticks.map((t) => [t.value, t.label]));
  const longestValue = Math.max(0, ...bars.map((b) => estimateTextWidth(b.valueLabel, FONT_SIZE)));
  // Bold labels run a little wider than the estimate; the last tick label needs room too.
  const right = Math.min(
    Math.max(Math.ceil(longestValue * 1.15) + 14, 24),
    Math.floor(width * 0.45),
  );
  const plotLeft = MARGIN_LEFT;
  const plotWidth = Math.max(1, width - plotLeft - right);
  const row = rowHeight(data.labelLines);
  const scale = (v: number) => plotLeft + ((v - low) / (high - low || 1)) * plotWidth;
  const rows: Plotted[] = bars.map((b) => ({
    ...b,
    plotted: typeof b.value === 'number' ? b.value : [b.value[0], b.value[1]],
  }));

  const shape = (props: BarShapeProps) => {
    const datum = props.payload as Plotted;
    const index = props.index ?? 0;
    const top = ROW_LAYOUT.top + index * row;
    const barTop = top + data.labelLines * ROW_LAYOUT.lineHeight + ROW_LAYOUT.labelGap;
    const mid = barTop + ROW_LAYOUT.barThickness / 2;
    const [from, to] = typeof datum.value === 'number' ? [0, datum.value] : datum.value;
    // Recharts gives the animated extent; a single value (from === to) has none and is a marker.
    // A bar below zero comes with a negative width: draw it from its left edge; its value label
    // then sits just right of zero, where its row has room.
    const start = props.x ?? scale(from);
    const end = start + (props.width ?? scale(to) - scale(from));
    const [x0, x1] = end < start ? [end, start] : [start, end];
    const point = from === to;
    const lines = labelLines(datum.label, width - 4, data.labelLines);
    const fill = datum.derived ? `url(#${hatchId})` : toneColor(datum.tone);
    return (
      <g className="chart-bar">
        <SvgLabel
          lines={lines}
          x={2}
          top={top + (data.labelLines - lines.length) * ROW_LAYOUT.lineHeight}
        />
        {point || datum.marker ? (
          <>
            {!point && (
              <rect
                x={x0}
                y={mid - 3}
                width={Math.max(0, x1 - x0)}
                height={6}
                style={{ fill: toneColor(datum.tone), opacity: 0.55 }}
              />
            )}
            {datum.openEnd && !point && (
              <path
                d={`M ${x1} ${mid - 7} L ${x1 + 9} ${mid} L ${x1} ${mid + 7} Z`}
                style={{ fill: toneColor(datum.tone), opacity: 0.55 }}
              />
            )}
            <MarkerShape marker={datum.marker ?? 'circle'} cx={x0} cy={mid} tone={datum.tone} />
          </>
        ) : (
          <rect
            x={x0}
            y={barTop}
            width={Math.max(0, x1 - x0)}
            height={ROW_LAYOUT.barThickness}
            style={{
              fill,
              stroke: datum.derived ? toneColor('derived') : 'none',
              strokeDasharray: datum.derived ? '4 2' : undefined,
              strokeWidth: datum.derived ? 1.5 : 0,
            }}
          />
        )}
        {datum.valueLabel !== '' && (
          <text
            x={(point ? x0 + 12 : x1 + 6) + (datum.openEnd ? 10 : 0)}
            y={mid + FONT_SIZE * 0.35}
            className="chart-value-label"
            style={{ fontSize: FONT_SIZE }}
          >
            {datum.valueLabel}
          </text>
        )}
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
      <HatchPattern id={hatchId} />
      <CartesianGrid horizontal={false} className="chart-grid" />
      <XAxis
        type="number"
        domain={[low, high]}
        ticks={ticks}
        // Narrow screens drop ticks whose labels would collide (e.g. 2023年6月 2023年7月 …).
        interval="preserveStartEnd"
        minTickGap={6}
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
      {low < 0 && high > 0 && (
        <ReferenceLine
          x={0}
          // Under the bars and their labels (Recharts draws reference lines above bars by default),
          // so the labels' halo keeps a label that spans zero readable.
          zIndex={DefaultZIndexes.bar - 1}
          className="chart-zero-line"
          style={{ stroke: 'var(--reference)' }}
          strokeWidth={1.5}
          ifOverflow="visible"
        />
      )}
      <Tooltip content={renderTooltip} isAnimationActive={false} />
      <Bar
        dataKey="plotted"
        shape={shape}
        isAnimationActive={animate}
        animationDuration={ANIMATION_MS}
      />
    </BarChart>
  );
}
