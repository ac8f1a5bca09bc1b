import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import {
  HatchPattern,
  MarkerShape,
  RowLabel,
  ValueLabel,
  barAnimation,
  barPaint,
  chartProps,
  renderTooltip,
  rowChartProps,
  rowPlace,
  useDrawnSignal,
  usePatternId,
} from './chart-parts';
import { ROW_LAYOUT } from './chart-layout';
import type { BarChartData, BarDatum } from './chart-types';
import type { DrawingProps } from './chart-drawing';
import { toneColor } from './palette';

interface Plotted extends BarDatum {
  plotted: number | [number, number];
}

/**
 * Horizontal bars, one row per category: the label above, the bar (from zero, or floating for a
 * range, or a point marker for a single value) and its value at the end. Computed bars are
 * hatched. Keyboard: the chart takes focus and arrow keys move the tooltip.
 */
export function BarChartDrawing(props: DrawingProps<BarChartData>) {
  const { data, width, animate, onDrawn } = props;
  useDrawnSignal(animate, onDrawn, width);
  const hatchId = usePatternId('hatch');
  const { bars, axis } = data;
  const layout = rowChartProps(
    axis,
    bars.map((b) => b.valueLabel),
    width,
  );
  const { low, high } = layout.domain;
  const { scale } = layout;
  const spansZero = low < 0 && high > 0;
  const rows: Plotted[] = bars.map((b) => ({
    ...b,
    plotted: typeof b.value === 'number' ? b.value : [b.value[0], b.value[1]],
  }));

  const shape = (bar: BarShapeProps) => {
    const datum = bar.payload as Plotted;
    const { top, barTop, mid, valueY } = rowPlace(bar.index ?? 0, data.labelLines);
    const [from, to] = typeof datum.value === 'number' ? [0, datum.value] : datum.value;
    // Recharts gives the animated extent; a single value (from === to) has none and is a marker.
    // A bar below zero comes with a negative width: draw it from its left edge; its value label
    // then sits just right of zero, where its row has room.
    const start = bar.x ?? scale(from);
    const end = start + (bar.width ?? scale(to) - scale(from));
    const [x0, x1] = end < start ? [end, start] : [start, end];
    const point = from === to;
    return (
      <g className="chart-bar">
        {spansZero && (
          // Zero is marked beside each bar, not down the whole plot, so it never runs through a
          // row label above a bar.
          <line
            className="chart-zero-line"
            x1={scale(0)}
            x2={scale(0)}
            y1={barTop - ROW_LAYOUT.labelGap / 2}
            y2={barTop + ROW_LAYOUT.barThickness + ROW_LAYOUT.rowGap / 2}
            style={{ stroke: 'var(--reference)' }}
            strokeWidth={1.5}
          />
        )}
        <RowLabel label={datum.label} width={width} top={top} reservedLines={data.labelLines} />
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
            style={barPaint(datum, hatchId)}
          />
        )}
        {datum.valueLabel !== '' && (
          <ValueLabel x={(point ? x0 + 12 : x1 + 6) + (datum.openEnd ? 10 : 0)} y={valueY}>
            {datum.valueLabel}
          </ValueLabel>
        )}
      </g>
    );
  };

  return (
    <BarChart {...chartProps(props)} {...layout.chart} data={rows}>
      <HatchPattern id={hatchId} />
      <CartesianGrid horizontal={false} className="chart-grid" />
      <XAxis
        {...layout.xAxis}
        // Narrow screens drop ticks whose labels would collide (e.g. 2023年6月 2023年7月 …).
        interval="preserveStartEnd"
        minTickGap={6}
      />
      <YAxis type="category" dataKey="key" hide />
      <Tooltip content={renderTooltip} isAnimationActive={false} />
      <Bar dataKey="plotted" shape={shape} {...barAnimation(animate)} />
    </BarChart>
  );
}
