import type { Figure, Period, Range } from './schema';
import type { IndicatorEntry } from './vocabulary';

/**
 * Indicators over time: the figures of one indicator, from every article, arranged as series a
 * reader can follow. Pure, so the views, `check:data` and the build share it.
 *
 * - A **point** is a figure whose measure is the indicator's own (a level, a rate); figures of the
 *   indicator's change measures (year on year, percentage points) **describe** the points of
 *   their period and region instead of being points themselves. An indicator of which only
 *   changes are printed charts its changes.
 * - A **panel** holds the points that can share an axis: one span (half years, months, stocks at a
 *   date…), one region, one measure and unit. Within a panel each point keeps its basis: values on
 *   different 口径 are never one line.
 * - Two figures for the same period, region and basis are one point when their values agree (two
 *   articles printing the same number); when they differ the first is drawn and the other is kept
 *   as a conflict, which `check:data` makes the curator explain.
 */

export type IndicatorInfo = Pick<
  IndicatorEntry,
  'id' | 'name' | 'sector' | 'unit' | 'measure' | 'changes'
> &
  Partial<Pick<IndicatorEntry, 'region' | 'basis' | 'description'>>;

/** A canonical text for a period: equal periods, equal keys. */
export function periodKey(p: Period): string {
  switch (p.kind) {
    case 'year':
      return `year:${p.year}`;
    case 'half':
      return `half:${p.year}-${p.half}`;
    case 'months':
      return `months:${p.from}/${p.to}`;
    case 'month':
    case 'asOf':
    case 'since':
    case 'toDate':
      return `${p.kind}:${p.date}`;
  }
}

/** When a period ends, as text that sorts in time order (`2023-06`, `2022-12`). */
export function periodEnd(p: Period): string {
  switch (p.kind) {
    case 'year':
      return `${p.year}-12`;
    case 'half':
      return `${p.year}-${p.half === 1 ? '06' : '12'}`;
    case 'months':
      return p.to;
    case 'asOf':
      return p.date.length === 4 ? `${p.date}-12` : p.date;
    case 'month':
    case 'since':
    case 'toDate':
      return p.date;
  }
}

/**
 * What kind of stretch of time a period is; only values of one span share an axis. Totals from
 * January (1–7月) are year-to-date; stocks at a date (截至…) are one span whether dated or 至今.
 */
export function periodSpan(p: Period): string {
  switch (p.kind) {
    case 'months':
      return p.from.endsWith('-01') ? 'ytd' : `months:${p.from.slice(5)}-${p.to.slice(5)}`;
    case 'asOf':
    case 'toDate':
      return 'stock';
    default:
      return p.kind;
  }
}

/** A figure's basis as one text, order-free: `above-scale+cumulative`; '' for none. */
export function basisKey(basis: readonly string[] | undefined): string {
  return [...(basis ?? [])].sort().join('+');
}

export function sameFigureValue(a: number | Range, b: number | Range): boolean {
  const close = (x: number, y: number) =>
    x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  if (typeof a === 'number' || typeof b === 'number') {
    return typeof a === 'number' && typeof b === 'number' && close(a, b);
  }
  return close(a.min, b.min) && close(a.max, b.max);
}

/** The value a point is drawn at: a range at its middle. */
export function plottedValue(value: number | Range): number {
  return typeof value === 'number' ? value : (value.min + value.max) / 2;
}

export interface SeriesPoint {
  /** periodKey + basis: unique within its panel. */
  key: string;
  period: Period;
  /** periodEnd(period), for ordering. */
  end: string;
  /** The basis the point's figure is on, as printed (`['same-caliber', 'above-scale']`). */
  basis: string[];
  value: number | Range;
  /** The figure drawn, then any other figure giving the same value (another article). */
  figures: Figure[];
  /** Computed from printed figures (its figure is `derived`). */
  computed: boolean;
  /** Figures giving this period, region and basis a different value (see conflictsWith). */
  conflicts: Figure[];
  /** Changes printed for this point: its year-on-year rises, its change in percentage points. */
  changes: Figure[];
}

export interface IndicatorPanel {
  /** span|region|measure|unit */
  key: string;
  span: string;
  region: string;
  measure: string;
  unit: string;
  /** In time order; points of one period in basis order. */
  points: SeriesPoint[];
  /** The distinct bases of its points, in the order first met: more than one means labels. */
  bases: string[];
}

export interface IndicatorSeries {
  indicator: IndicatorInfo;
  /** Every figure of the indicator, in data order. */
  figures: Figure[];
  panels: IndicatorPanel[];
  /** Changes that describe no point of the indicator (their level is not printed). */
  looseChanges: Figure[];
  /** The point with the latest end (printed before computed), with its panel. */
  latest: { point: SeriesPoint; panel: IndicatorPanel } | null;
  /** Distinct points over all panels. */
  pointCount: number;
}

/** Figures grouped by their indicator, each group in data order. */
export function figuresByIndicator(figures: Iterable<Figure>): Map<string, Figure[]> {
  const groups = new Map<string, Figure[]>();
  for (const figure of figures) {
    const group = groups.get(figure.indicator);
    if (group) group.push(figure);
    else groups.set(figure.indicator, [figure]);
  }
  return groups;
}

function byEndThenOrder(a: SeriesPoint, b: SeriesPoint): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  // One period: printed values first, then computed, each in the order met.
  return Number(a.computed) - Number(b.computed);
}

/**
 * The series of one indicator from its figures. `isChange(measure)` says which measures are
 * changes (the vocabulary's `kind: change`).
 */
export function indicatorSeries(
  indicator: IndicatorInfo,
  figures: readonly Figure[],
  isChange: (measure: string) => boolean,
): IndicatorSeries {
  const own = figures.filter((f) => f.measure === indicator.measure);
  const changes = figures.filter((f) => f.measure !== indicator.measure && isChange(f.measure));
  // An indicator printed only as changes charts its changes.
  const pointFigures = own.length > 0 ? own : changes;
  const describing = own.length > 0 ? changes : [];

  const panels = new Map<string, IndicatorPanel>();
  const pointsByKey = new Map<string, SeriesPoint>();
  const pointOf = new Map<string, SeriesPoint>();
  for (const figure of pointFigures) {
    const span = periodSpan(figure.period);
    const panelKey = `${span}|${figure.region}|${figure.measure}|${figure.unit}`;
    let panel = panels.get(panelKey);
    if (!panel) {
      panel = {
        key: panelKey,
        span,
        region: figure.region,
        measure: figure.measure,
        unit: figure.unit,
        points: [],
        bases: [],
      };
      panels.set(panelKey, panel);
    }
    const basis = basisKey(figure.basis);
    const key = `${periodKey(figure.period)}|${basis}`;
    const existing = pointsByKey.get(`${panelKey}#${key}`);
    if (existing) {
      if (sameFigureValue(existing.value, figure.value)) existing.figures.push(figure);
      else existing.conflicts.push(figure);
      pointOf.set(figure.id, existing);
      continue;
    }
    if (!panel.bases.includes(basis)) panel.bases.push(basis);
    const point: SeriesPoint = {
      key,
      period: figure.period,
      end: periodEnd(figure.period),
      basis: figure.basis ?? [],
      value: figure.value,
      figures: [figure],
      computed: figure.derived !== undefined,
      conflicts: [],
      changes: [],
    };
    panel.points.push(point);
    pointsByKey.set(`${panelKey}#${key}`, point);
    pointOf.set(figure.id, point);
  }
  for (const panel of panels.values()) panel.points.sort(byEndThenOrder);

  const looseChanges: Figure[] = [];
  for (const change of describing) {
    // The level it names, else the printed point of its period and region.
    const named = change.changeOf ? pointOf.get(change.changeOf) : undefined;
    const target =
      named ??
      [...panels.values()]
        .filter((p) => p.region === change.region)
        .flatMap((p) => p.points)
        .find((p) => !p.computed && periodKey(p.period) === periodKey(change.period));
    if (target) target.changes.push(change);
    else looseChanges.push(change);
  }

  let latest: IndicatorSeries['latest'] = null;
  for (const panel of panels.values()) {
    for (const point of panel.points) {
      if (
        !latest ||
        point.end > latest.point.end ||
        (point.end === latest.point.end && latest.point.computed && !point.computed)
      ) {
        latest = { point, panel };
      }
    }
  }
  const panelList = [...panels.values()];
  return {
    indicator,
    figures: [...figures],
    panels: panelList,
    looseChanges,
    latest,
    pointCount: panelList.reduce((n, p) => n + p.points.length, 0),
  };
}

/** One mark of a small trend: its value and whether it was computed. */
export interface TrendMark {
  value: number;
  computed: boolean;
}

/** The most marks a small trend draws: the latest ones. */
export const TREND_MARKS = 24;

/**
 * What the overview and the index show of an indicator, computed once when the data is loaded
 * (at build), so those pages format it without building any series. Figures by id.
 */
export interface IndicatorDigest {
  /** The latest point's figure (a printed value before a computed one of the same period). */
  latest: string;
  /** The changes printed for the latest point. */
  changes: string[];
  /** The latest panel's values on the latest point's basis (and computed ones), the last few. */
  trend: TrendMark[];
  /** The trend is a line (three or more points of a rate or a change), else columns. */
  line: boolean;
  /** Distinct points in all panels, and in the longest one. */
  points: number;
  longest: number;
  /** When the latest point's period ends (periodEnd). */
  end: string;
  /** The figures a chart of the latest values draws: each panel's last points and their changes. */
  recent: string[];
}

/** Whether points of a measure are drawn as a line: three or more of a rate or a change. */
export function drawsAsLine(measure: string, points: number, isLevel: (m: string) => boolean) {
  return points >= 3 && !isLevel(measure);
}

export function digestSeries(
  series: IndicatorSeries,
  isLevel: (measure: string) => boolean,
): IndicatorDigest | null {
  if (!series.latest) return null;
  const { point, panel } = series.latest;
  const basis = basisKey(point.basis);
  const trend = panel.points
    .filter((p) => basisKey(p.basis) === basis || p.computed)
    .slice(-TREND_MARKS)
    .map((p) => ({ value: plottedValue(p.value), computed: p.computed }));
  const recent = series.panels.flatMap((p) => {
    const end = p.points.at(-1)?.end;
    return p.points
      .filter((q) => q.end === end)
      .flatMap((q) => [...q.figures, ...q.changes].map((f) => f.id));
  });
  return {
    latest: point.figures[0]!.id,
    changes: point.changes.map((c) => c.id),
    trend,
    line: drawsAsLine(panel.measure, trend.length, isLevel),
    points: series.pointCount,
    longest: Math.max(...series.panels.map((p) => p.points.length)),
    end: point.end,
    recent,
  };
}

/** The points of a panel that are one line: one basis. */
export function pointsOnBasis(panel: IndicatorPanel, basis: string): SeriesPoint[] {
  return panel.points.filter((p) => basisKey(p.basis) === basis);
}
