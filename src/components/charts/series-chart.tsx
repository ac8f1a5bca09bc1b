import type { ReactElement } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type DotItemDotProps,
  type TooltipContentProps,
} from 'recharts';
import {
  HatchPattern,
  ValueLabel,
  axisDomain,
  barAnimation,
  barPaint,
  chartProps,
  useDrawnSignal,
  usePatternId,
} from './chart-parts';
import { FONT_SIZE } from './chart-layout';
import type { SeriesCategory, SeriesChartData, SeriesLine } from './chart-types';
import { toneColor } from './palette';
import { estimateTextWidth } from './text-measure';
import { SERIES_LAYOUT, seriesAxisWidth, seriesRight, seriesShowsValues } from './series-layout';
import type { DrawingProps } from './chart-drawing';

type Row = { label: string; category: SeriesCategory } & Record<string, unknown>;

function SeriesTooltip({
  active,
  payload,
  series,
}: Partial<TooltipContentProps> & { series: readonly SeriesLine[] }) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{row.category.label}</p>
      {series.map((s) => {
        const cell = row.category.cells[s.key];
        if (!cell) return null;
        return (
          <div key={s.key}>
            <p className="chart-tooltip-value">
              {series.length > 1 ? `${s.label}: ` : ''}
              {cell.valueLabel}
            </p>
            {cell.details.map((line, i) => (
              <p key={i} className="chart-tooltip-detail">
                {line}
              </p>
            ))}
          </div>
        );
      })}
    </div>
  );
}

/**
 * An indicator's series over its periods: grouped columns, or lines for three or more points of
 * a rate. Each series is one basis (or one indicator, in compare): a computed column is hatched,
 * a computed point hollow, and a line never runs across a gap between its values.
 */
export function SeriesChartDrawing(props: DrawingProps<SeriesChartData>) {
  const { data, width, animate, onDrawn } = props;
  useDrawnSignal(animate, onDrawn, width);
  const hatchId = usePatternId('hatch');
  const { categories, series, axis, mode } = data;
  const { ticks, low, high, tickFormatter } = axisDomain(axis);
  const axisWidth = seriesAxisWidth(axis);
  const rows: Row[] = categories.map((category) => {
    const row: Row = { label: category.label, category };
    for (const s of series) row[s.key] = category.cells[s.key]?.value ?? null;
    return row;
  });
  const showValues = seriesShowsValues(data);
  const interval = categories.length > SERIES_LAYOUT.maxCategoryLabels ? 'preserveStartEnd' : 0;
  const common = (
    <>
      {series.map((s, i) => (
        <HatchPattern key={s.key} id={`${hatchId}-${i}`} tone={s.tone} />
      ))}
      <text x={4} y={14} className="chart-axis-title" style={{ fontSize: FONT_SIZE }}>
        {axis.title}
      </text>
      <CartesianGrid vertical={false} className="chart-grid" />
      <XAxis
        dataKey="label"
        type="category"
        height={SERIES_LAYOUT.axisHeight}
        interval={interval}
      />
      <YAxis
        type="number"
        domain={[low, high]}
        ticks={ticks}
        width={axisWidth}
        tickFormatter={tickFormatter}
      />
      <Tooltip
        content={(p: TooltipContentProps) => <SeriesTooltip {...p} series={series} />}
        isAnimationActive={false}
      />
    </>
  );
  const margin = { top: SERIES_LAYOUT.top, right: seriesRight(data), bottom: 0, left: 0 };

  if (mode === 'lines') {
    return (
      <LineChart {...chartProps(props)} data={rows} margin={margin}>
        {common}
        {series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            type="linear"
            connectNulls={false}
            style={{ stroke: toneColor(s.tone), strokeWidth: 2 }}
            isAnimationActive={animate}
            dot={(dot: DotItemDotProps): ReactElement => {
              const cell = categories[dot.index ?? 0]?.cells[s.key];
              const computed = cell?.computed === true;
              return (
                <circle
                  key={`${s.key}-${dot.index}`}
                  cx={dot.cx}
                  cy={dot.cy}
                  r={cell ? 4 : 0}
                  style={{
                    fill: computed ? 'var(--surface)' : toneColor(s.tone),
                    stroke: toneColor(s.tone),
                    strokeWidth: 2,
                    strokeDasharray: computed ? '2 1' : undefined,
                  }}
                />
              );
            }}
          />
        ))}
      </LineChart>
    );
  }

  const shapeFor = (s: SeriesLine, index: number) =>
    function SeriesColumn(bar: BarShapeProps) {
      const row = bar.payload as Row;
      const cell = row.category.cells[s.key];
      if (!cell) return <g />;
      const x = bar.x ?? 0;
      const y = bar.y ?? 0;
      const w = bar.width ?? 0;
      const h = bar.height ?? 0;
      // A computed column keeps its series' colour: hatched in it, inside a dashed outline.
      const paint = cell.computed
        ? {
            fill: `url(#${hatchId}-${index})`,
            stroke: toneColor(s.tone),
            strokeDasharray: '4 2',
            strokeWidth: 1.5,
          }
        : barPaint({ tone: s.tone }, hatchId);
      // A value that does not fit over its column is read from the tooltip and the table.
      const fits = estimateTextWidth(cell.valueLabel, FONT_SIZE) <= w + 10;
      return (
        <g className="chart-column">
          <rect x={x} y={Math.min(y, y + h)} width={w} height={Math.abs(h)} style={paint} />
          {showValues && fits && (
            <ValueLabel x={x + w / 2} y={Math.min(y, y + h) - 6} textAnchor="middle">
              {cell.valueLabel}
            </ValueLabel>
          )}
        </g>
      );
    };

  return (
    <BarChart
      {...chartProps(props)}
      data={rows}
      margin={margin}
      barCategoryGap={`${SERIES_LAYOUT.categoryGap * 100}%`}
    >
      {common}
      {series.map((s, i) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          shape={shapeFor(s, i)}
          maxBarSize={SERIES_LAYOUT.maxBarSize}
          {...barAnimation(animate)}
        />
      ))}
    </BarChart>
  );
}
