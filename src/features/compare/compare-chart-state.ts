/**
 * Pure shaping for the compare view's charts: the cross-sector year-on-year series with its
 * comparability caveat, and unit groups for small multiples. Only the charts use it, so it loads
 * with them (components/charts/deferred-chart.tsx), not with the page. No React, no store.
 */
import type { TFunction } from 'i18next';
import type { Basis, Period, Region, Unit } from '../../data/schema';
import { byCodeUnits } from '../../data/order';
import { formatBasis, formatPeriod, formatRegion, formatValue } from '../../format';
import type { Lang } from '../../i18n/languages';
import { CHANGE_MEASURES, type Sector } from '../../data/vocab';
import { yoyBars, type FigureIndex, type YoyBar } from './compare-state';

function periodKey(period: Period): string {
  return JSON.stringify(Object.entries(period).sort(([a], [b]) => byCodeUnits(a, b)));
}

function distinctBy<T>(values: readonly T[], key: (v: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const v of values) if (!seen.has(key(v))) seen.set(key(v), v);
  return [...seen.values()];
}

export interface YoyDifferences {
  periods: Period[];
  regions: Region[];
  /** Every basis note any bar carries, in first-seen order. */
  bases: Basis[];
  /** Some bars carry no basis note while others do. */
  someWithoutBasis: boolean;
  periodsDiffer: boolean;
  regionsDiffer: boolean;
  basesDiffer: boolean;
}

/** What keeps the bars from being like for like: their distinct periods, regions and bases. */
export function yoyDifferences(bars: readonly YoyBar[]): YoyDifferences {
  const periods = distinctBy(
    bars.map((b) => b.period),
    periodKey,
  );
  const regions = distinctBy(
    bars.map((b) => b.region),
    (r) => r,
  );
  const bases = distinctBy(
    bars.flatMap((b) => b.basis),
    (b) => b,
  );
  const basisSets = new Set(bars.map((b) => [...b.basis].sort().join('|')));
  return {
    periods,
    regions,
    bases,
    someWithoutBasis: bases.length > 0 && bars.some((b) => b.basis.length === 0),
    periodsDiffer: periods.length > 1,
    regionsDiffer: regions.length > 1,
    basesDiffer: basisSets.size > 1,
  };
}

/** A bar with its text, ready for the chart and its table. */
export interface YoyRow {
  id: string;
  sector: Sector;
  name: string;
  value: number;
  derived: boolean;
  /** Signed, with 口径: +1.3%（同口径） / −2.4% (full-caliber). */
  valueLabel: string;
  period: string;
  region: string;
  basis: string[];
}

export interface YoyCaveat {
  periods: string[];
  regions: string[];
  bases: string[];
  someWithoutBasis: boolean;
  periodsDiffer: boolean;
  regionsDiffer: boolean;
  basesDiffer: boolean;
}

export interface YoyChartData {
  rows: YoyRow[];
  caveat: YoyCaveat;
}

/** The year-on-year comparison in one language: labelled rows and the caveat's lists. */
export function yoyChartData(
  figures: FigureIndex,
  figureIds: readonly string[],
  lang: Lang,
  t: TFunction,
): YoyChartData {
  const bars = yoyBars(figures, figureIds);
  const rows = bars.map((b): YoyRow => ({
    id: b.id,
    sector: b.sector,
    name: b.name[lang],
    value: b.value,
    derived: b.derived,
    valueLabel: formatValue(figures.get(b.id)!, lang, t, { short: true }),
    period: formatPeriod(b.period, t),
    region: formatRegion(b.region, t),
    basis: b.basis.map((basis) => formatBasis(basis, t)),
  }));
  const d = yoyDifferences(bars);
  return {
    rows,
    caveat: {
      periods: d.periods.map((p) => formatPeriod(p, t)),
      regions: d.regions.map((r) => formatRegion(r, t)),
      bases: d.bases.map((b) => formatBasis(b, t)),
      someWithoutBasis: d.someWithoutBasis,
      periodsDiffer: d.periodsDiffer,
      regionsDiffer: d.regionsDiffer,
      basesDiffer: d.basesDiffer,
    },
  };
}

/** Figures that may share an axis: the same unit, and both changes or both levels. */
export interface UnitGroup {
  key: string;
  unit: Unit;
  /** Signed changes (year on year, adjustments) are never drawn on a levels axis. */
  change: boolean;
  ids: string[];
}

/** Groups figures by unit (and change vs level), in first-seen order, for small multiples. */
export function unitGroups(ids: readonly string[], figures: FigureIndex): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  for (const id of ids) {
    const f = figures.get(id);
    if (!f) continue;
    const change = CHANGE_MEASURES.has(f.measure);
    const key = `${f.unit}|${change ? 'change' : 'level'}`;
    const group = groups.get(key) ?? { key, unit: f.unit, change, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  return [...groups.values()];
}
