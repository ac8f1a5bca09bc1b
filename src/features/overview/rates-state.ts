import { labelLinesFor, rowChartHeight } from '../../components/charts/chart-layout';
import type { BulletDatum, LegendItem } from '../../components/charts/chart-types';
import { valueAxis } from '../../components/charts/scale';
import { formatValue } from '../../format';
import type { Figure } from '../../data/schema';
import type { ChartPlan } from './overview-plan';
import {
  MAX_LABEL_LINES,
  axisScaleOf,
  detailsOf,
  figureOf,
  figureRow,
  figureChartTexts,
  figureTable,
  summaryLine,
  type ShapeContext,
  type ShapedChart,
} from './chart-state';

type RatesPlan = Extract<ChartPlan, { kind: 'rates' }>;

/** Percent points, whether printed as a single rate or a range (its upper end is drawn). */
function pointOf(figure: Figure): number {
  return typeof figure.value === 'number' ? figure.value : figure.value.max;
}

/**
 * Rates as bullet rows on a 0–100% track, each with its reference (e.g. 97% detection accuracy
 * against the 99% deployment bar) as a tick.
 */
export function shapeRates(plan: RatesPlan, ctx: ShapeContext): ShapedChart {
  const rates = plan.figureIds.map((id) => figureOf(ctx, id, plan.id));
  const references = plan.referenceIds.map((id) => figureOf(ctx, id, plan.id));
  const referenceText = (f: Figure) =>
    ctx.t('overview:chart.rates.reference', {
      name: f.name[ctx.lang],
      value: formatValue(f, ctx.lang, ctx.t),
    });
  const rows: BulletDatum[] = rates.map((f) => {
    const reference = f.reference ? ctx.figures.get(f.reference) : undefined;
    return {
      key: f.id,
      label: f.name[ctx.lang],
      value: pointOf(f),
      valueLabel: formatValue(f, ctx.lang, ctx.t, { short: true }),
      details: [...detailsOf(f, ctx), ...(reference ? [referenceText(reference)] : [])],
      tone: 'series-1',
      reference: reference
        ? { value: pointOf(reference), label: formatValue(reference, ctx.lang, ctx.t) }
        : undefined,
    };
  });
  const all = [...rates, ...references];
  const top = Math.max(100, ...all.map(pointOf));
  const { label: unitLabel } = axisScaleOf([top], 'percent', ctx);
  const labelLines = labelLinesFor(
    rows.map((r) => r.label),
    MAX_LABEL_LINES,
  );
  const legend: LegendItem[] = [
    { key: 'rate', label: ctx.t('overview:legend.rate'), tone: 'series-1', swatch: 'solid' },
    ...references.map((f): LegendItem => ({
      key: f.id,
      label: referenceText(f),
      tone: 'reference',
      swatch: 'line',
    })),
  ];
  const items = rows.map((r) =>
    summaryLine(
      r.label,
      r.reference
        ? ctx.t('overview:chart.rates.againstReference', {
            value: r.valueLabel,
            reference: r.reference.label,
          })
        : r.valueLabel,
      ctx,
    ),
  );
  return {
    ...figureChartTexts(plan, all, items, unitLabel, ctx),
    legend,
    table: figureTable(
      rates,
      ctx,
      references.map((f) => figureRow(f, ctx, ctx.t('overview:role.reference'))),
    ),
    spec: {
      kind: 'bullets',
      data: { rows, labelLines, axis: valueAxis(unitLabel, [top], ctx.lang, 6) },
    },
    height: rowChartHeight(rows.length, labelLines),
  };
}
