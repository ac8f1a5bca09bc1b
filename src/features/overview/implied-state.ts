import { COLUMN_CHART_HEIGHT } from '../../components/charts/chart-layout';
import type { ColumnDatum } from '../../components/charts/chart-types';
import { valueAxis } from '../../components/charts/scale';
import { formatBasis, formatPeriod, formatValue } from '../../format';
import type { ChartPlan } from './overview-plan';
import {
  axisScaleOf,
  detailsOf,
  figureOf,
  figureRow,
  figureTable,
  figuresSourceLine,
  formulaOf,
  itemsText,
  listOf,
  printedComputedLegend,
  subtitleOf,
  summaryLine,
  type ShapeContext,
  type ShapedChart,
} from './chart-state';

type ImpliedPlan = Extract<ChartPlan, { kind: 'implied' }>;

function valueOf(value: number | { min: number; max: number }): number {
  return typeof value === 'number' ? value : value.max;
}

/**
 * A printed level beside the prior value computed from it (e.g. H1 2023 output and the H1 2022
 * output implied by +1.3%): the computed column hatched, its formula in the legend and table.
 */
export function shapeImplied(plan: ImpliedPlan, ctx: ShapeContext): ShapedChart {
  const current = figureOf(ctx, plan.currentId, plan.id);
  const implied = figureOf(ctx, plan.impliedId, plan.id);
  const inputs = plan.inputIds.map((id) => figureOf(ctx, id, plan.id));
  const { divisor, label: unitLabel } = axisScaleOf(
    [valueOf(current.value), valueOf(implied.value)],
    current.unit,
    ctx,
  );
  // Earlier period first, so the columns read left to right in time.
  const columns: ColumnDatum[] = [implied, current].map((f) => ({
    key: f.id,
    label: f.derived
      ? ctx.t('overview:chart.implied.computedPeriod', {
          period: formatPeriod(f.period, ctx.t),
        })
      : formatPeriod(f.period, ctx.t),
    value: valueOf(f.value) / divisor,
    valueLabel: formatValue(f, ctx.lang, ctx.t, { short: true }),
    details: detailsOf(f, ctx),
    tone: f.derived ? 'derived' : 'series-1',
    derived: f.derived !== undefined,
  }));
  const formula = formulaOf(implied, ctx) ?? '';
  const name = current.name[ctx.lang];
  const bases = [...new Set([current, implied].flatMap((f) => f.basis ?? []))].map((b) =>
    formatBasis(b, ctx.t),
  );
  const subtitle = subtitleOf(unitLabel, [current, implied], ctx);
  const items = columns.map((c) => summaryLine(c.label, c.valueLabel, ctx));
  return {
    id: plan.id,
    sector: plan.sector,
    title: ctx.t('overview:chart.implied.title', { name }),
    subtitle:
      bases.length > 0
        ? `${subtitle}${ctx.t('overview:subtitleBasis', { basis: listOf(bases, ctx.t) })}`
        : subtitle,
    description: ctx.t('overview:chart.implied.description', {
      name,
      items: itemsText(items, ctx),
      formula,
    }),
    legend: printedComputedLegend(ctx, ctx.t('overview:legend.computed', { formula })),
    table: figureTable(
      [implied, current],
      ctx,
      inputs.map((f) => figureRow(f, ctx, ctx.t('overview:role.input'))),
    ),
    spec: {
      kind: 'columns',
      data: {
        columns,
        axis: valueAxis(
          unitLabel,
          columns.map((c) => c.value),
          ctx.lang,
        ),
      },
    },
    height: COLUMN_CHART_HEIGHT,
    summary: items,
    // The implied figure is computed, so the line notes computed values.
    source: figuresSourceLine([current, implied, ...inputs], ctx),
  };
}
