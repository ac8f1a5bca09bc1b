import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import {
  ANIMATION_MS,
  FONT_SIZE,
  HatchPattern,
  renderTooltip,
  useDrawnSignal,
  usePatternId,
} from './chart-parts';
import type { ColumnChartData, ColumnDatum } from './chart-types';
import { estimateTextWidth } from './text-measure';
import type { DrawingProps } from './lazy-chart';
import { toneColor } from './palette';

const TOP = 34;
const AXIS_HEIGHT = 44;

/**
 * Columns over categories, e.g. a printed figure beside its computed prior-year value; computed
 * columns are hatched with a dashed outline. The axis title sits above the value axis.
 */
export function ColumnChartDrawing({
  data,
  width,
  height,
  animate,
  onDrawn,
  labelledBy,
  describedBy,
}: DrawingProps<ColumnChartData>) {
  useDrawnSignal(animate, onDrawn, width);
  const hatchId = usePatternId('hatch');
  const { columns, axis } = data;
  const ticks = axis.ticks.map((t) => t.value);
  const low = ticks[0] ?? 0;
  const high = ticks[ticks.length - 1] ?? 1;
  const tickLabel = new Map(axis.ticks.map((t) => [t.value, t.label]));
  const axisWidth = Math.ceil(
    Math.max(24, ...axis.ticks.map((t) => estimateTextWidth(t.label, FONT_SIZE))) + 14,
  );

  const shape = (props: BarShapeProps) => {
    const datum = props.payload as ColumnDatum;
    const x = props.x ?? 0;
    const y = props.y ?? 0;
    const w = props.width ?? 0;
    const h = props.height ?? 0;
    return (
      <g className="chart-column">
        <rect
          x={x}
          y={y}
          width={w}
          height={Math.max(0, h)}
          style={{
            fill: datum.derived ? `url(#${hatchId})` : toneColor(datum.tone),
            stroke: datum.derived ? toneColor('derived') : 'none',
            strokeDasharray: datum.derived ? '4 2' : undefined,
            strokeWidth: datum.derived ? 1.5 : 0,
          }}
        />
        <text
          x={x + w / 2}
          y={y - 6}
          textAnchor="middle"
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
      data={columns}
      margin={{ top: TOP, right: 8, bottom: 0, left: 0 }}
      barCategoryGap="30%"
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      <HatchPattern id={hatchId} />
      <text x={4} y={14} className="chart-axis-title" style={{ fontSize: FONT_SIZE }}>
        {axis.title}
      </text>
      <CartesianGrid vertical={false} className="chart-grid" />
      <XAxis dataKey="label" type="category" height={AXIS_HEIGHT} interval={0} />
      <YAxis
        type="number"
        domain={[low, high]}
        ticks={ticks}
        width={axisWidth}
        tickFormatter={(v: number) => tickLabel.get(v) ?? String(v)}
      />
      <Tooltip content={renderTooltip} isAnimationActive={false} />
      <Bar
        dataKey="value"
        shape={shape}
        maxBarSize={110}
        isAnimationActive={animate}
        animationDuration={ANIMATION_MS}
      />
    </BarChart>
  );
}
