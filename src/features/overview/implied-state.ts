import { COLUMN_CHART_HEIGHT } from '../../components/charts/chart-layout';
import type { ColumnDatum } from '../../components/charts/chart-types';
import { formatBasis, formatPeriod, formatValue } from '../../format';
import { formatAxisScale } from '../../format/axis';
import type { ChartPlan } from './overview-plan';
import {
  articlesOf,
  axisTicks,
  detailsOf,
  figureColumns,
  figureOf,
  figureRow,
  formulaOf,
  listOf,
  sourceLineOf,
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
  const { divisor, label: unitLabel } = formatAxisScale(
    Math.max(Math.abs(valueOf(current.value)), Math.abs(valueOf(implied.value))),
    current.unit,
    ctx.lang,
    ctx.t,
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
    valueLabel: formatValue(f, ctx.lang, ctx.t),
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
      items: items.join(ctx.t('overview:itemSeparator')),
      formula,
    }),
    legend: [
      {
        key: 'printed',
        label: ctx.t('overview:legend.printed'),
        tone: 'series-1',
        swatch: 'solid',
      },
      {
        key: 'computed',
        label: ctx.t('overview:legend.computed', { formula }),
        tone: 'derived',
        swatch: 'hatched',
      },
    ],
    table: {
      columns: figureColumns(ctx),
      rows: [
        figureRow(implied, ctx),
        figureRow(current, ctx),
        ...inputs.map((f) => figureRow(f, ctx, ctx.t('overview:role.input'))),
      ],
    },
    spec: {
      kind: 'columns',
      data: {
        columns,
        axis: {
          title: unitLabel,
          ticks: axisTicks(0, Math.max(...columns.map((c) => c.value)), ctx.lang),
        },
      },
    },
    height: COLUMN_CHART_HEIGHT,
    summary: items,
    source: sourceLineOf(
      [current, implied, ...inputs].flatMap((f) => articlesOf(f, ctx)),
      ctx,
      true,
    ),
  };
}
