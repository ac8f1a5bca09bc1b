import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import {
  HatchPattern,
  ValueLabel,
  axisDomain,
  barAnimation,
  barPaint,
  chartProps,
  renderTooltip,
  useDrawnSignal,
  usePatternId,
} from './chart-parts';
import { FONT_SIZE } from './chart-layout';
import type { ColumnChartData, ColumnDatum } from './chart-types';
import { estimateTextWidth } from './text-measure';
import type { DrawingProps } from './chart-drawing';

const TOP = 34;
const AXIS_HEIGHT = 44;

/**
 * Columns over categories, e.g. a printed figure beside its computed prior-year value; computed
 * columns are hatched with a dashed outline. The axis title sits above the value axis.
 */
export function ColumnChartDrawing(props: DrawingProps<ColumnChartData>) {
  const { data, width, animate, onDrawn } = props;
  useDrawnSignal(animate, onDrawn, width);
  const hatchId = usePatternId('hatch');
  const { columns, axis } = data;
  const { ticks, low, high, tickFormatter } = axisDomain(axis);
  const axisWidth = Math.ceil(
    Math.max(24, ...axis.ticks.map((t) => estimateTextWidth(t.label, FONT_SIZE))) + 14,
  );

  const shape = (bar: BarShapeProps) => {
    const datum = bar.payload as ColumnDatum;
    const x = bar.x ?? 0;
    const y = bar.y ?? 0;
    const w = bar.width ?? 0;
    const h = bar.height ?? 0;
    return (
      <g className="chart-column">
        <rect x={x} y={y} width={w} height={Math.max(0, h)} style={barPaint(datum, hatchId)} />
        <ValueLabel x={x + w / 2} y={y - 6} textAnchor="middle">
          {datum.valueLabel}
        </ValueLabel>
      </g>
    );
  };

  return (
    <BarChart
      {...chartProps(props)}
      data={columns}
      margin={{ top: TOP, right: 8, bottom: 0, left: 0 }}
      barCategoryGap="30%"
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
        tickFormatter={tickFormatter}
      />
      <Tooltip content={renderTooltip} isAnimationActive={false} />
      <Bar dataKey="value" shape={shape} maxBarSize={110} {...barAnimation(animate)} />
    </BarChart>
  );
}
