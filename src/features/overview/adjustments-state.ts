import type { BarDatum, LegendItem } from '../../components/charts/chart-types';
import { valueAxis } from '../../components/charts/scale';
import { formatRegion, formatValue } from '../../format';
import type { ChartPlan } from './overview-plan';
import {
  axisScaleOf,
  barsChart,
  detailsOf,
  figureChartTexts,
  figureOf,
  figureTable,
  summaryLine,
  type ShapeContext,
  type ShapedChart,
} from './chart-state';

type AdjustmentsPlan = Extract<ChartPlan, { kind: 'adjustments' }>;

/**
 * Adjustments (e.g. cement price rises in 元/吨) as floating range bars, one per figure, labelled
 * by region when each has its own; a single printed value draws as a point.
 */
export function shapeAdjustments(plan: AdjustmentsPlan, ctx: ShapeContext): ShapedChart {
  const figures = plan.figureIds.map((id) => figureOf(ctx, id, plan.id));
  const ends = figures.flatMap((f) =>
    typeof f.value === 'number' ? [f.value] : [f.value.min, f.value.max],
  );
  const { divisor, label: unitLabel } = axisScaleOf(ends, plan.unit, ctx);
  const byRegion = new Set(figures.map((f) => f.region)).size === figures.length;
  const bars: BarDatum[] = figures.map((f) => {
    const [low, high] =
      typeof f.value === 'number' ? [f.value, f.value] : [f.value.min, f.value.max];
    return {
      key: f.id,
      label: byRegion ? formatRegion(f.region, ctx.t) : f.name[ctx.lang],
      value: [low / divisor, high / divisor] as const,
      valueLabel: formatValue(f, ctx.lang, ctx.t, { short: true }),
      details: [f.name[ctx.lang], ...detailsOf(f, ctx)],
      tone: 'series-2',
      derived: f.derived !== undefined,
    };
  });
  const hasRange = figures.some((f) => typeof f.value !== 'number' && f.value.min !== f.value.max);
  const hasPoint = figures.some((f) => typeof f.value === 'number' || f.value.min === f.value.max);
  const legend: LegendItem[] = [
    ...(hasRange
      ? [
          {
            key: 'range',
            label: ctx.t('overview:legend.range'),
            tone: 'series-2',
            swatch: 'solid',
          } as const,
        ]
      : []),
    ...(hasPoint
      ? [
          {
            key: 'point',
            label: ctx.t('overview:legend.point'),
            tone: 'series-2',
            swatch: 'circle',
          } as const,
        ]
      : []),
  ];
  const items = bars.map((b) => summaryLine(b.label, b.valueLabel, ctx));
  return {
    ...figureChartTexts(plan, figures, items, unitLabel, ctx),
    legend,
    table: figureTable(figures, ctx),
    ...barsChart(
      bars,
      valueAxis(
        unitLabel,
        ends.map((v) => v / divisor),
        ctx.lang,
      ),
    ),
  };
}
