import type { BarDatum } from '../../components/charts/chart-types';
import { valueAxis } from '../../components/charts/scale';
import { formatValue } from '../../format';
import type { ChartPlan } from './overview-plan';
import {
  axisScaleOf,
  barsChart,
  detailsOf,
  figureChartTexts,
  figureOf,
  figureTable,
  printedComputedLegend,
  summaryLine,
  type ShapeContext,
  type ShapedChart,
} from './chart-state';

type AmountsPlan = Extract<ChartPlan, { kind: 'amounts' }>;

/** Amounts of one unit as horizontal bars on one axis (e.g. 3500亿, 2000亿, 260亿元). */
export function shapeAmounts(plan: AmountsPlan, ctx: ShapeContext): ShapedChart {
  const figures = plan.figureIds.map((id) => figureOf(ctx, id, plan.id));
  const values = figures.map((f) => (typeof f.value === 'number' ? f.value : f.value.max));
  const { divisor, label: unitLabel } = axisScaleOf(values, plan.unit, ctx);
  const bars: BarDatum[] = figures.map((f) => ({
    key: f.id,
    label: f.name[ctx.lang],
    value:
      typeof f.value === 'number'
        ? f.value / divisor
        : [f.value.min / divisor, f.value.max / divisor],
    valueLabel: formatValue(f, ctx.lang, ctx.t, { short: true }),
    details: detailsOf(f, ctx),
    tone: 'series-1',
    derived: f.derived !== undefined,
  }));
  const anyDerived = figures.some((f) => f.derived);
  const items = bars.map((b) => summaryLine(b.label, b.valueLabel, ctx));
  return {
    ...figureChartTexts(plan, figures, items, unitLabel, ctx),
    legend: anyDerived ? printedComputedLegend(ctx, ctx.t('overview:legend.computedShort')) : [],
    table: figureTable(figures, ctx),
    ...barsChart(
      bars,
      valueAxis(
        unitLabel,
        values.map((v) => v / divisor),
        ctx.lang,
      ),
    ),
  };
}
