/**
 * Indicator series shaped for drawing: a panel of one indicator as a chart with its table and
 * source line (the indicator page, compare), and indicators of one unit on one axis (compare).
 */
import type { TFunction } from 'i18next';
import type {
  ChartTableData,
  ChartTableRow,
  LegendItem,
  SeriesCategory,
  SeriesChartData,
  SeriesLine,
} from './chart-types';
import { describeFormula } from './formula';
import { SERIES_TONES } from './palette';
import { valueAxis } from './scale';
import { sourceLine } from './source-line';
import { COLUMN_CHART_HEIGHT } from './chart-layout';
import {
  basisKey,
  drawsAsLine,
  periodKey,
  plottedValue,
  pointsOnBasis,
  type IndicatorPanel,
  type IndicatorSeries,
  type SeriesPoint,
} from '../../data/indicators';
import type { Article, Figure, Period } from '../../data/schema';
import measuresFile from '../../../data/vocabulary/measures.json' with { type: 'json' };
import { CALIBERS } from '../../data/vocab';

/** Levels (totals, counts) are drawn as columns from zero whatever their number of points. */
const LEVELS: ReadonlySet<string> = new Set(
  measuresFile.measures.filter((m) => m.kind === 'level').map((m) => m.id),
);
const isLevel = (measure: string) => LEVELS.has(measure);
import {
  formatMeasure,
  formatPeriod,
  formatRegion,
  formatUnitLabel,
  formatValue,
} from '../../format';
import { formatAxisScale } from '../../format/axis';
import { basisText } from '../../format/indicator';
import type { Lang } from '../../i18n/languages';

export interface SeriesContext {
  lang: Lang;
  t: TFunction;
  figures: ReadonlyMap<string, Figure>;
  articles: ReadonlyMap<string, Article>;
}

export interface PanelChart {
  id: string;
  title: string;
  subtitle: string;
  description: string;
  legend: LegendItem[];
  table: ChartTableData;
  data: SeriesChartData;
  height: number;
  source: string;
  /** Rows the whole series has; `table` holds the latest of them when fewer were asked for. */
  tableTotal: number;
}

/** How much of a long series to shape: the latest `periods` drawn, the latest `rows` tabled. */
export interface PanelLimits {
  periods?: number;
  rows?: number;
}

/** A derived figure's formula in words, its inputs named. */
export function formulaText(figure: Figure, ctx: SeriesContext): string | undefined {
  if (!figure.derived) return undefined;
  return describeFormula(figure.derived.formula, (id) => {
    const input = ctx.figures.get(id);
    return input ? ctx.t('charts:formula.term', { name: input.name[ctx.lang] }) : undefined;
  });
}

/** The articles a figure rests on: its own, or a derived figure's inputs'. */
function articlesOf(figure: Figure, ctx: SeriesContext, depth = 0): string[] {
  if (figure.source) return [figure.source.article];
  if (!figure.derived || depth > 4) return [];
  return figure.derived.inputs.flatMap((id) => {
    const input = ctx.figures.get(id);
    return input ? articlesOf(input, ctx, depth + 1) : [];
  });
}

export function sourceLineOf(figures: readonly Figure[], ctx: SeriesContext): string {
  const ids = [...new Set(figures.flatMap((f) => articlesOf(f, ctx)))];
  return sourceLine(
    ids.flatMap((id) => ctx.articles.get(id) ?? []),
    ctx.lang,
    ctx.t,
    {
      title: 'charts:series.articleTitle',
      separator: 'charts:series.listSeparator',
      line: 'charts:series.source',
      param: 'titles',
      computed: 'charts:series.sourceComputed',
    },
    figures.some((f) => f.derived),
  );
}

/**
 * Periods already put in words, by context (one per language and data): a long series names the
 * same sixty periods in its chart, its table and each of its panels, and a translation is far
 * slower than a lookup.
 */
const periodWords = new WeakMap<SeriesContext, Map<string, string>>();

function periodOf(period: Period, ctx: SeriesContext): string {
  let words = periodWords.get(ctx);
  if (!words) periodWords.set(ctx, (words = new Map()));
  const key = periodKey(period);
  let text = words.get(key);
  if (text === undefined) words.set(key, (text = formatPeriod(period, ctx.t)));
  return text;
}

/** A basis in a legend or column: its 口径 in words, or "as printed" for a point with none. */
function basisLabel(point: SeriesPoint, ctx: SeriesContext): string {
  return point.basis.length > 0 ? basisText(point, ctx.t) : ctx.t('charts:series.basis.none');
}

/** Whether a panel's points are on more than one 口径 (同口径 beside 全口径): the page explains. */
export function mixesCalibers(panel: IndicatorPanel): boolean {
  const calibers = new Set(
    panel.points.map((p) => p.basis.find((b) => CALIBERS.has(b)) ?? '').filter(Boolean),
  );
  return calibers.size > 1 || (calibers.size === 1 && panel.bases.length > 1);
}

/** The changes printed for a point, in words: +1.3%（同口径）; −2.4%（全口径）. */
export function changesText(point: SeriesPoint, ctx: SeriesContext): string {
  return point.changes
    .map((c) =>
      ctx.t('charts:series.changeWithMeasure', {
        value: formatValue(c, ctx.lang, ctx.t),
        measure: formatMeasure(c.measure, ctx.t),
      }),
    )
    .join(ctx.t('charts:series.itemSeparator'));
}

/** A point's row in the panel's table: period, basis, value, changes, and how it was obtained. */
function pointRow(point: SeriesPoint, ctx: SeriesContext): ChartTableRow {
  const figure = point.figures[0]!;
  const formula = formulaText(figure, ctx);
  const notes = [
    formula ? ctx.t('charts:series.computedFrom', { formula }) : undefined,
    point.figures.length > 1
      ? ctx.t('charts:series.alsoPrinted', { count: point.figures.length - 1 })
      : undefined,
    ...point.conflicts.map((c) =>
      ctx.t('charts:series.conflictRow', { value: formatValue(c, ctx.lang, ctx.t), id: c.id }),
    ),
  ].filter((n): n is string => Boolean(n));
  return {
    key: point.key,
    cells: [
      periodOf(point.period, ctx),
      basisLabel(point, ctx),
      formatValue(figure, ctx.lang, ctx.t),
      changesText(point, ctx) || '—',
      notes.join(ctx.t('charts:series.itemSeparator')) || '—',
    ],
    sourceId: figure.id,
    sourceName: ctx.t('charts:series.pointName', {
      name: figure.name[ctx.lang],
      period: periodOf(point.period, ctx),
    }),
    derived: point.computed,
  };
}

/** Values listed in a chart's box before it draws; earlier ones are counted, not listed. */
const SUMMARY_LINES = 12;

export const TABLE_COLUMNS = ['period', 'basis', 'value', 'changes', 'note'] as const;

/** One panel of an indicator as a chart: a series per basis over the panel's periods. */
export function shapePanel(
  series: IndicatorSeries,
  panel: IndicatorPanel,
  index: number,
  ctx: SeriesContext,
  limits: PanelLimits = {},
): PanelChart {
  const { t, lang } = ctx;
  const name = series.indicator.name[lang];
  const figures = panel.points.flatMap((p) => p.figures);
  // A long series draws its latest periods (a column or a point each must stay visible); the
  // table and the downloads have every value.
  const periodKeys = [...new Set(panel.points.map((p) => periodKey(p.period)))];
  const drawnKeys = new Set(periodKeys.slice(-(limits.periods ?? periodKeys.length)));
  const drawn = panel.points.filter((p) => drawnKeys.has(periodKey(p.period)));
  const { divisor, label: unitLabel } = formatAxisScale(
    Math.max(...drawn.map((p) => Math.abs(plottedValue(p.value)))),
    panel.unit,
    lang,
    t,
  );
  const lines: SeriesLine[] = panel.bases.map((basis, i) => {
    const first = panel.points.find((p) => basisKey(p.basis) === basis)!;
    return {
      key: `b${i}`,
      label: basisLabel(first, ctx),
      tone: SERIES_TONES[i % SERIES_TONES.length]!,
    };
  });
  const categories = new Map<string, SeriesCategory>();
  for (const point of drawn) {
    const key = periodKey(point.period);
    let category = categories.get(key);
    if (!category) {
      category = { key, label: periodOf(point.period, ctx), cells: {} };
      categories.set(key, category);
    }
    const figure = point.figures[0]!;
    const formula = formulaText(figure, ctx);
    category.cells[`b${panel.bases.indexOf(basisKey(point.basis))}`] = {
      value: plottedValue(point.value) / divisor,
      valueLabel: formatValue(figure, lang, t, { short: true }),
      computed: point.computed,
      details: [
        ...(panel.bases.length > 1 ? [basisLabel(point, ctx)] : []),
        ...(formula ? [t('charts:series.computedFrom', { formula })] : []),
      ],
    };
  }
  const longest = Math.max(...panel.bases.map((b) => pointsOnBasis(panel, b).length));
  const data: SeriesChartData = {
    mode: drawsAsLine(panel.measure, longest, isLevel) ? 'lines' : 'columns',
    categories: [...categories.values()],
    series: lines,
    axis: valueAxis(
      unitLabel,
      drawn.map((p) => plottedValue(p.value) / divisor),
      lang,
    ),
  };
  const computed = panel.points.some((p) => p.computed);
  const legend: LegendItem[] = [
    ...(lines.length > 1
      ? lines.map((l) => ({ key: l.key, label: l.label, tone: l.tone, swatch: 'solid' as const }))
      : []),
    ...(computed
      ? [
          {
            key: 'computed',
            label: t('charts:series.legend.computed'),
            tone: 'derived' as const,
            swatch: 'hatched' as const,
          },
        ]
      : []),
  ];
  const summary = drawn.slice(-SUMMARY_LINES).map((p) =>
    t('charts:series.summaryLine', {
      label:
        panel.bases.length > 1
          ? `${periodOf(p.period, ctx)} · ${basisLabel(p, ctx)}`
          : periodOf(p.period, ctx),
      value: formatValue(p.figures[0]!, lang, t),
    }),
  );
  const region = formatRegion(panel.region, t);
  // The description lists the latest values (and how many came before); the table has them all.
  const shownSummary =
    panel.points.length > summary.length
      ? [t('charts:series.earlier', { count: panel.points.length - summary.length }), ...summary]
      : summary;
  const tabled = panel.points.slice(-(limits.rows ?? panel.points.length));
  return {
    id: index === 0 ? series.indicator.id : `${series.indicator.id}-${index + 1}`,
    title: t('charts:series.chart.title', { name, region }),
    subtitle:
      t('charts:series.chart.subtitle', {
        unit: formatUnitLabel(panel.unit, t),
        count: panel.points.length,
        from: periodOf(panel.points[0]!.period, ctx),
        to: periodOf(panel.points.at(-1)!.period, ctx),
      }) +
      (drawnKeys.size < periodKeys.length
        ? t('charts:series.drawnLatest', { count: drawnKeys.size })
        : ''),
    description: t('charts:series.chart.description', {
      name,
      region,
      items: shownSummary.join(t('charts:series.itemSeparator')),
    }),
    legend,
    table: {
      columns: TABLE_COLUMNS.map((c) => t(`charts:series.column.${c}`)),
      rows: tabled.map((p) => pointRow(p, ctx)),
    },
    data,
    height: COLUMN_CHART_HEIGHT,
    source: sourceLineOf(figures, ctx),
    tableTotal: panel.points.length,
  };
}

/** How much of its series an indicator shows beside others (compare, embeds): its page has all. */
export const BESIDE_LIMITS: PanelLimits = { periods: 24, rows: 12 };

/** The chart of a series' latest panel, or null when it has no points. */
export function shapeLatestPanel(
  series: IndicatorSeries,
  ctx: SeriesContext,
  limits: PanelLimits = BESIDE_LIMITS,
): PanelChart | null {
  const latest = series.latest;
  if (!latest) return null;
  return shapePanel(series, latest.panel, series.panels.indexOf(latest.panel), ctx, limits);
}

/**
 * What indicators must share to be drawn on one axis (shapeTogether): the unit, measure and
 * basis of their latest values. Null for a series with no points.
 */
export function axisKey(series: IndicatorSeries): string | null {
  const latest = series.latest;
  if (!latest) return null;
  return `${latest.panel.unit}|${latest.panel.measure}|${basisKey(latest.point.basis)}`;
}

/**
 * Indicators of one unit on one axis (compare): a series per indicator, each its latest panel's
 * values on the basis of its latest value, over the periods any of them has.
 */
export function shapeTogether(
  list: readonly IndicatorSeries[],
  id: string,
  ctx: SeriesContext,
): PanelChart | null {
  const { t, lang } = ctx;
  const chosen = list.flatMap((series) => {
    if (!series.latest) return [];
    const basis = basisKey(series.latest.point.basis);
    return [
      { series, panel: series.latest.panel, points: pointsOnBasis(series.latest.panel, basis) },
    ];
  });
  if (chosen.length < 2) return null;
  const unit = chosen[0]!.panel.unit;
  const all = chosen.flatMap((c) => c.points);
  const { divisor, label: unitLabel } = formatAxisScale(
    Math.max(...all.map((p) => Math.abs(plottedValue(p.value)))),
    unit,
    lang,
    t,
  );
  const lines: SeriesLine[] = chosen.map((c, i) => ({
    key: `i${i}`,
    label: c.series.indicator.name[lang],
    tone: SERIES_TONES[i % SERIES_TONES.length]!,
  }));
  const byKey = new Map<string, SeriesCategory & { end: string }>();
  chosen.forEach((c, i) => {
    for (const point of c.points) {
      const key = periodKey(point.period);
      let category = byKey.get(key);
      if (!category) {
        category = { key, label: periodOf(point.period, ctx), cells: {}, end: point.end };
        byKey.set(key, category);
      }
      category.cells[`i${i}`] = {
        value: plottedValue(point.value) / divisor,
        valueLabel: formatValue(point.figures[0]!, lang, t, { short: true }),
        computed: point.computed,
        details: [formatRegion(c.panel.region, t)],
      };
    }
  });
  const categories = [...byKey.values()].sort((a, b) => (a.end < b.end ? -1 : 1));
  const longest = Math.max(...chosen.map((c) => c.points.length));
  const summary = chosen.flatMap((c) =>
    c.points.map((p) =>
      t('charts:series.summaryLine', {
        label: `${c.series.indicator.name[lang]} · ${periodOf(p.period, ctx)}`,
        value: formatValue(p.figures[0]!, lang, t),
      }),
    ),
  );
  const names = chosen.map((c) => c.series.indicator.name[lang]);
  return {
    id,
    title: t('charts:series.together.title', {
      names: names.join(t('charts:series.listSeparator')),
    }),
    subtitle: t('charts:series.together.subtitle', { unit: formatUnitLabel(unit, t) }),
    description: t('charts:series.together.description', {
      items: summary.join(t('charts:series.itemSeparator')),
    }),
    legend: lines.map((l) => ({ key: l.key, label: l.label, tone: l.tone, swatch: 'solid' })),
    table: {
      columns: ['indicator', 'period', 'region', 'value'].map((c) =>
        t(`charts:series.together.column.${c}`),
      ),
      rows: chosen.flatMap((c) =>
        c.points.map((p) => ({
          key: `${c.series.indicator.id}-${p.key}`,
          cells: [
            c.series.indicator.name[lang],
            periodOf(p.period, ctx),
            formatRegion(c.panel.region, t),
            formatValue(p.figures[0]!, lang, t),
          ],
          sourceId: p.figures[0]!.id,
          sourceName: t('charts:series.pointName', {
            name: c.series.indicator.name[lang],
            period: periodOf(p.period, ctx),
          }),
          derived: p.computed,
        })),
      ),
    },
    data: {
      mode: drawsAsLine(chosen[0]!.panel.measure, longest, isLevel) ? 'lines' : 'columns',
      categories,
      series: lines,
      axis: valueAxis(
        unitLabel,
        all.map((p) => plottedValue(p.value) / divisor),
        lang,
      ),
    },
    height: COLUMN_CHART_HEIGHT,
    tableTotal: all.length,
    source: sourceLineOf(
      all.flatMap((p) => p.figures),
      ctx,
    ),
  };
}
