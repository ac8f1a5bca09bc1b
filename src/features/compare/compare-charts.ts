/**
 * Pure chart shaping for the compare view: the year-on-year bars with their table and caveat,
 * and one small chart per unit group. Output is the shared `bars` drawing's data, so the page
 * reserves each chart's height before Recharts loads.
 */
import type { TFunction } from 'i18next';
import { labelLinesFor, rowChartHeight } from '../../components/charts/chart-layout';
import type {
  BarChartData,
  BarDatum,
  ChartTableData,
  ValueAxis,
} from '../../components/charts/chart-types';
import { valueAxis } from '../../components/charts/scale';
import type { Figure } from '../../data/schema';
import { formatBasis, formatPeriod, formatRegion, formatSector, formatValue } from '../../format';
import { formatAxisScale } from '../../format/axis';
import { CALIBERS } from '../../data/vocab';
import type { Lang } from '../../i18n/languages';
import type { UnitGroup, YoyCaveat, YoyChartData } from './compare-chart-state';
import type { FigureIndex } from './compare-state';

/** Shown beside a value label, so labels never wrap past three lines. */
const MAX_LABEL_LINES = 3;

/** A shaped chart: the drawing's data, its table equivalent and the height to reserve. */
export interface CompareChart {
  chart: BarChartData;
  table: ChartTableData;
  height: number;
  /** One line per bar, for the server-rendered box and the chart's description. */
  summary: string[];
}

function ns(t: TFunction, key: string, options: Record<string, unknown> = {}): string {
  const translate = t as unknown as (k: string, o?: Record<string, unknown>) => string;
  return translate(`compare:${key}`, options);
}

/** A chart of `bars` on `axis`, its table, and the height and summary the page shows first. */
function barsChart(bars: BarDatum[], axis: ValueAxis, table: ChartTableData): CompareChart {
  const labelLines = labelLinesFor(
    bars.map((b) => b.label),
    MAX_LABEL_LINES,
  );
  return {
    chart: { bars, axis, labelLines },
    table,
    height: rowChartHeight(bars.length, labelLines),
    summary: bars.map((b) => `${b.label}: ${b.valueLabel}`),
  };
}

/**
 * A number as the drawing's bar value. A decrease goes in as the span from it up to zero: the
 * shared drawing sizes number bars by Recharts' bar width, which is negative (so drawn empty)
 * below zero, while a span is always drawn.
 */
function barValue(value: number): BarDatum['value'] {
  return value < 0 ? [value, 0] : value;
}

/**
 * The caveat under the year-on-year chart, in words: which of period, region and basis differ,
 * listing each distinct value; or, when none differ, what they all share.
 */
export function caveatText(caveat: YoyCaveat, t: TFunction): string {
  const list = (values: readonly string[]) => values.join(ns(t, 'listSeparator'));
  const clauses: string[] = [];
  if (caveat.periodsDiffer) clauses.push(ns(t, 'yoy.periods', { list: list(caveat.periods) }));
  if (caveat.regionsDiffer) clauses.push(ns(t, 'yoy.regions', { list: list(caveat.regions) }));
  if (caveat.basesDiffer) {
    const bases = caveat.someWithoutBasis ? [...caveat.bases, ns(t, 'yoy.noBasis')] : caveat.bases;
    clauses.push(ns(t, 'yoy.bases', { list: list(bases) }));
  }
  if (clauses.length === 0) {
    return ns(t, 'yoy.alike', {
      period: caveat.periods[0] ?? '',
      region: caveat.regions[0] ?? '',
    });
  }
  return ns(t, 'yoy.caveat', { clauses: clauses.join(ns(t, 'clauseSeparator')) });
}

/** The year-on-year bars: label above (name, period, region, non-caliber bases), signed value. */
export function yoyBarChart(
  data: YoyChartData,
  figures: FigureIndex,
  lang: Lang,
  t: TFunction,
): CompareChart {
  const bars: BarDatum[] = data.rows.map((row) => {
    // 口径 are printed beside the change itself (+1.3%（同口径）); other bases go in the label.
    const otherBases = (figures.get(row.id)?.basis ?? [])
      .filter((b) => !CALIBERS.has(b))
      .map((b) => formatBasis(b, t));
    const meta =
      otherBases.length > 0
        ? ns(t, 'yoy.barMetaBasis', {
            period: row.period,
            region: row.region,
            basis: otherBases.join(ns(t, 'listSeparator')),
          })
        : ns(t, 'yoy.barMeta', { period: row.period, region: row.region });
    return {
      key: row.id,
      label: `${row.name} · ${meta}`,
      value: barValue(row.value),
      valueLabel: row.valueLabel,
      details: [formatSector(row.sector, t), ...row.basis],
      tone: row.derived ? 'derived' : 'series-1',
      derived: row.derived,
    };
  });
  const axis = valueAxis(
    ns(t, 'yoy.axis'),
    data.rows.map((r) => r.value),
    lang,
  );
  return barsChart(bars, axis, {
    columns: ['figure', 'sector', 'change', 'period', 'region', 'basis'].map((c) =>
      ns(t, `yoy.columns.${c}`),
    ),
    rows: data.rows.map((row) => ({
      key: row.id,
      cells: [
        row.name,
        formatSector(row.sector, t),
        row.valueLabel,
        row.period,
        row.region,
        row.basis.length > 0 ? row.basis.join(ns(t, 'listSeparator')) : ns(t, 'yoy.noBasis'),
      ],
      sourceId: row.id,
      sourceName: row.name,
      derived: row.derived,
    })),
  });
}

/** The largest magnitude a figure reaches, for choosing the axis scale. */
function magnitude(value: Figure['value']): number {
  return typeof value === 'number'
    ? Math.abs(value)
    : Math.max(Math.abs(value.min), Math.abs(value.max));
}

/**
 * One small chart for figures that share a unit (and are all levels or all changes): values
 * divided to the axis scale (亿吨 / million t), a range drawn as a floating bar.
 */
export function unitGroupChart(
  group: UnitGroup,
  figures: FigureIndex,
  lang: Lang,
  t: TFunction,
): CompareChart {
  const list = group.ids.flatMap((id) => figures.get(id) ?? []);
  const scale = formatAxisScale(
    Math.max(0, ...list.map((f) => magnitude(f.value))),
    group.unit,
    lang,
    t,
  );
  const scaled = (v: number) => v / scale.divisor;
  const bars: BarDatum[] = list.map((f) => {
    const period = formatPeriod(f.period, t);
    const region = formatRegion(f.region, t);
    return {
      key: f.id,
      label: `${f.name[lang]} · ${ns(t, 'yoy.barMeta', { period, region })}`,
      value:
        typeof f.value === 'number'
          ? barValue(scaled(f.value))
          : ([scaled(f.value.min), scaled(f.value.max)] as const),
      valueLabel: formatValue(f, lang, t, { short: true }),
      details: [formatSector(f.sector, t), ...(f.basis ?? []).map((b) => formatBasis(b, t))],
      tone: f.derived ? 'derived' : 'series-1',
      derived: f.derived !== undefined,
    };
  });
  const values = list.flatMap((f) =>
    typeof f.value === 'number' ? [scaled(f.value)] : [scaled(f.value.min), scaled(f.value.max)],
  );
  return barsChart(bars, valueAxis(scale.label, values, lang), {
    columns: ['figure', 'value', 'period', 'region'].map((c) => ns(t, `units.columns.${c}`)),
    rows: list.map((f) => ({
      key: f.id,
      cells: [
        f.name[lang],
        formatValue(f, lang, t),
        formatPeriod(f.period, t),
        formatRegion(f.region, t),
      ],
      sourceId: f.id,
      sourceName: f.name[lang],
      derived: f.derived !== undefined,
    })),
  });
}
