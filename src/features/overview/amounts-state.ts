import { rowChartHeight } from '../../components/charts/chart-layout';
import type { BarDatum } from '../../components/charts/chart-types';
import { formatSector, formatValue } from '../../format';
import { formatAxisScale } from '../../format/axis';
import type { ChartPlan } from './overview-plan';
import {
  articlesOf,
  axisTicks,
  detailsOf,
  figureColumns,
  figureOf,
  figureRow,
  labelLinesFor,
  sourceLineOf,
  subtitleOf,
  summaryLine,
  type ShapeContext,
  type ShapedChart,
} from './chart-state';

type AmountsPlan = Extract<ChartPlan, { kind: 'amounts' }>;

/** Amounts of one unit as horizontal bars on one axis (e.g. 3500亿, 2000亿, 260亿元). */
export function shapeAmounts(plan: AmountsPlan, ctx: ShapeContext): ShapedChart {
  const figures = plan.figureIds.map((id) => figureOf(ctx, id, plan.id));
  const values = figures.map((f) => (typeof f.value === 'number' ? f.value : f.value.max));
  const { divisor, label: unitLabel } = formatAxisScale(
    Math.max(...values.map(Math.abs)),
    plan.unit,
    ctx.lang,
    ctx.t,
  );
  const bars: BarDatum[] = figures.map((f) => ({
    key: f.id,
    label: f.name[ctx.lang],
    value:
      typeof f.value === 'number'
        ? f.value / divisor
        : [f.value.min / divisor, f.value.max / divisor],
    valueLabel: formatValue(f, ctx.lang, ctx.t),
    details: detailsOf(f, ctx),
    tone: 'series-1',
    derived: f.derived !== undefined,
  }));
  const scaled = values.map((v) => v / divisor);
  const labelLines = labelLinesFor(bars.map((b) => b.label));
  const anyDerived = figures.some((f) => f.derived);
  const sector = formatSector(plan.sector, ctx.t);
  const items = bars.map((b) => summaryLine(b.label, b.valueLabel, ctx));
  return {
    id: plan.id,
    sector: plan.sector,
    title: ctx.t('overview:chart.amounts.title', { sector }),
    subtitle: subtitleOf(unitLabel, figures, ctx),
    description: ctx.t('overview:chart.amounts.description', {
      count: bars.length,
      unit: unitLabel,
      items: items.join(ctx.t('overview:itemSeparator')),
    }),
    legend: anyDerived
      ? [
          {
            key: 'printed',
            label: ctx.t('overview:legend.printed'),
            tone: 'series-1',
            swatch: 'solid',
          },
          {
            key: 'computed',
            label: ctx.t('overview:legend.computedShort'),
            tone: 'derived',
            swatch: 'hatched',
          },
        ]
      : [],
    table: { columns: figureColumns(ctx), rows: figures.map((f) => figureRow(f, ctx)) },
    spec: {
      kind: 'bars',
      data: {
        bars,
        labelLines,
        axis: {
          title: unitLabel,
          ticks: axisTicks(Math.min(0, ...scaled), Math.max(0, ...scaled), ctx.lang),
        },
      },
    },
    height: rowChartHeight(bars.length, labelLines),
    summary: items,
    source: sourceLineOf(
      figures.flatMap((f) => articlesOf(f, ctx)),
      ctx,
      anyDerived,
    ),
  };
}
