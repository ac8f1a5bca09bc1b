/** What every chart of the overview is shaped into, and helpers the per-chart shapers share. */
import type { TFunction } from 'i18next';
import { labelLinesFor, rowChartHeight } from '../../components/charts/chart-layout';
import type {
  BarDatum,
  ChartSpec,
  ChartTableData,
  ChartTableRow,
  LegendItem,
  ValueAxis,
} from '../../components/charts/chart-types';
import { describeFormula } from '../../components/charts/formula';
import { sourceLine, type SourceLineKeys } from '../../components/charts/source-line';
import type { Article, DashboardEvent, Figure, Unit } from '../../data/schema';
import type { Sector } from '../../data/vocab';
import { formatBasis, formatPeriod, formatRegion, formatSector, formatValue } from '../../format';
import { formatAxisScale, type AxisScale } from '../../format/axis';
import type { Lang } from '../../i18n/languages';

export interface ShapeContext {
  lang: Lang;
  t: TFunction;
  figures: ReadonlyMap<string, Figure>;
  events: ReadonlyMap<string, DashboardEvent>;
  articles: ReadonlyMap<string, Article>;
}

/** A chart ready for ChartFrame + LazyChart: texts, table, drawing data and reserved height. */
export interface ShapedChart {
  id: string;
  sector: Sector;
  title: string;
  subtitle: string;
  description: string;
  legend: LegendItem[];
  table: ChartTableData;
  spec: ChartSpec;
  height: number;
  /** Label–value lines shown until the drawing loads (and without script). */
  summary: string[];
  source: string;
}

/** Overview labels take two lines at most (the drawing cuts a longer one with …). */
export const MAX_LABEL_LINES = 2;

/** Looks a figure up, or says which one is missing and where it was needed. */
export function figureOf(ctx: ShapeContext, id: string, chartId: string): Figure {
  const figure = ctx.figures.get(id);
  if (!figure) throw new Error(`Chart "${chartId}" needs figure "${id}", which is not loaded`);
  return figure;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export function listOf(values: string[], t: TFunction): string {
  return unique(values).join(t('overview:listSeparator'));
}

/** Periods of the figures, each once, in order: 截至2023年8月；2022年11月以来. */
export function periodsOf(figures: Figure[], ctx: ShapeContext): string {
  return listOf(
    figures.map((f) => formatPeriod(f.period, ctx.t)),
    ctx.t,
  );
}

export function regionsOf(figures: Figure[], ctx: ShapeContext): string {
  return listOf(
    figures.map((f) => formatRegion(f.region, ctx.t)),
    ctx.t,
  );
}

/** The subtitle: unit, period and region (each listed once). */
export function subtitleOf(unitLabel: string, figures: Figure[], ctx: ShapeContext): string {
  return ctx.t('overview:subtitle', {
    unit: unitLabel,
    period: periodsOf(figures, ctx),
    region: regionsOf(figures, ctx),
  });
}

/** A derived figure's formula in words, its inputs named: “A” ÷ (1 + “B” ÷ 100). */
export function formulaOf(figure: Figure, ctx: ShapeContext): string | undefined {
  if (!figure.derived) return undefined;
  return describeFormula(figure.derived.formula, (id) => {
    const input = ctx.figures.get(id);
    return input ? ctx.t('charts:formula.term', { name: input.name[ctx.lang] }) : undefined;
  });
}

/** Tooltip lines for a figure: period, region, 口径, formula. */
export function detailsOf(figure: Figure, ctx: ShapeContext): string[] {
  const lines = [
    ctx.t('overview:detail.period', { value: formatPeriod(figure.period, ctx.t) }),
    ctx.t('overview:detail.region', { value: formatRegion(figure.region, ctx.t) }),
  ];
  if (figure.basis?.length) {
    lines.push(ctx.t('overview:detail.basis', { value: basisOf(figure, ctx) }));
  }
  const formula = formulaOf(figure, ctx);
  if (formula) lines.push(ctx.t('overview:detail.computed', { formula }));
  return lines;
}

export function basisOf(figure: Figure, ctx: ShapeContext): string {
  return (figure.basis ?? [])
    .map((b) => formatBasis(b, ctx.t))
    .join(ctx.t('overview:listSeparator'));
}

export const FIGURE_COLUMNS = ['figure', 'value', 'period', 'region', 'note'] as const;

/** Table columns for figure rows, in the page's language. */
export function figureColumns(ctx: ShapeContext): string[] {
  return FIGURE_COLUMNS.map((c) => ctx.t(`overview:column.${c}`));
}

/** A table row stating a figure: name, formatted value, period, region, 口径 / formula / role. */
export function figureRow(figure: Figure, ctx: ShapeContext, role?: string): ChartTableRow {
  const formula = formulaOf(figure, ctx);
  const notes = [
    role,
    figure.basis?.length ? basisOf(figure, ctx) : undefined,
    formula ? ctx.t('overview:detail.computed', { formula }) : undefined,
  ].filter((n): n is string => Boolean(n));
  return {
    key: figure.id,
    cells: [
      figure.name[ctx.lang],
      formatValue(figure, ctx.lang, ctx.t),
      formatPeriod(figure.period, ctx.t),
      formatRegion(figure.region, ctx.t),
      notes.join(ctx.t('overview:noteSeparator')) || '—',
    ],
    sourceId: figure.id,
    sourceName: figure.name[ctx.lang],
    derived: figure.derived !== undefined,
  };
}

/** The scale of an axis for values of one unit (divisor and title), from the largest magnitude. */
export function axisScaleOf(values: number[], unit: Unit, ctx: ShapeContext): AxisScale {
  return formatAxisScale(Math.max(...values.map(Math.abs)), unit, ctx.lang, ctx.t);
}

/** A horizontal bar chart's drawing and the height it reserves. */
export function barsChart(bars: BarDatum[], axis: ValueAxis): Pick<ShapedChart, 'spec' | 'height'> {
  const labelLines = labelLinesFor(
    bars.map((b) => b.label),
    MAX_LABEL_LINES,
  );
  return {
    spec: { kind: 'bars', data: { bars, labelLines, axis } },
    height: rowChartHeight(bars.length, labelLines),
  };
}

/** The table of a chart that states figures: a row each, then rows stating a role of their own. */
export function figureTable(
  figures: Figure[],
  ctx: ShapeContext,
  rolesRows: ChartTableRow[] = [],
): ChartTableData {
  return {
    columns: figureColumns(ctx),
    rows: [...figures.map((f) => figureRow(f, ctx)), ...rolesRows],
  };
}

/** The legend of bars that may be printed or computed (hatched). */
export function printedComputedLegend(ctx: ShapeContext, computedLabel: string): LegendItem[] {
  return [
    { key: 'printed', label: ctx.t('overview:legend.printed'), tone: 'series-1', swatch: 'solid' },
    { key: 'computed', label: computedLabel, tone: 'derived', swatch: 'hatched' },
  ];
}

/**
 * What a chart of figures of one unit says in words: its title and description (from
 * `overview:chart.<kind>`, given the sector, the unit and the summary items), the subtitle, the
 * summary and the source line.
 */
export function figureChartTexts(
  plan: { kind: 'amounts' | 'rates' | 'adjustments'; id: string; sector: Sector },
  figures: Figure[],
  items: string[],
  unitLabel: string,
  ctx: ShapeContext,
): Pick<
  ShapedChart,
  'id' | 'sector' | 'title' | 'subtitle' | 'description' | 'summary' | 'source'
> {
  return {
    id: plan.id,
    sector: plan.sector,
    title: ctx.t(`overview:chart.${plan.kind}.title`, { sector: formatSector(plan.sector, ctx.t) }),
    subtitle: subtitleOf(unitLabel, figures, ctx),
    description: ctx.t(`overview:chart.${plan.kind}.description`, {
      count: items.length,
      unit: unitLabel,
      items: itemsText(items, ctx),
    }),
    summary: items,
    source: figuresSourceLine(figures, ctx),
  };
}

/** Summary lines joined into the chart's description. */
export function itemsText(items: string[], ctx: ShapeContext): string {
  return items.join(ctx.t('overview:itemSeparator'));
}

const SOURCE_LINE: SourceLineKeys = {
  title: 'overview:articleTitle',
  separator: 'overview:listSeparator',
  line: 'overview:source',
  param: 'titles',
  computed: 'overview:sourceComputed',
};

/** The source line: the articles the items come from, by title. */
export function sourceLineOf(articleIds: string[], ctx: ShapeContext, computed: boolean): string {
  const articles = articleIds.flatMap((id) => ctx.articles.get(id) ?? []);
  return sourceLine(articles, ctx.lang, ctx.t, SOURCE_LINE, computed);
}

/** The source line of a chart of figures, noting computed values when there are any. */
export function figuresSourceLine(figures: Figure[], ctx: ShapeContext): string {
  return sourceLineOf(
    figures.flatMap((f) => articlesOf(f, ctx)),
    ctx,
    figures.some((f) => f.derived),
  );
}

/** Articles a figure rests on: its own, or (derived) its inputs'. */
export function articlesOf(figure: Figure, ctx: ShapeContext, depth = 0): string[] {
  if (figure.source) return [figure.source.article];
  if (!figure.derived || depth > 4) return [];
  return figure.derived.inputs.flatMap((id) => {
    const input = ctx.figures.get(id);
    return input ? articlesOf(input, ctx, depth + 1) : [];
  });
}

/** `label: value` lines for the reserved box before the drawing loads. */
export function summaryLine(label: string, value: string, ctx: ShapeContext): string {
  return ctx.t('overview:summaryLine', { label, value });
}
