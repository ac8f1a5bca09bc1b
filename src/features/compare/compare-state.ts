/**
 * Pure shaping for the compare view: URL selection → panels, and the year-on-year changes the
 * suggestions and the chart draw on (the chart's own shaping is compare-chart-state.ts, loaded
 * with the charts). No React, no store.
 */
import type { IndicatorInfo } from '../../data/indicators';
import type { Basis, Figure, Localized, Period, Region } from '../../data/schema';
import { SECTORS, type Sector } from '../../data/vocab';
import { MAX_COMPARE, type ViewParams } from '../../store/url-state';

export { MAX_COMPARE };

/** How many cards a sector panel shows before its "show all" disclosure. */
export const HEADLINE_COUNT = 4;

export type CompareItem =
  | { kind: 'sector'; sector: Sector }
  | { kind: 'figure'; id: string }
  | { kind: 'indicator'; id: string };

/** Indicators by id: a chosen indicator's name, sector and unit. */
export type IndicatorIndex = ReadonlyMap<string, IndicatorInfo>;

/** Figures by id; a Map, so an id such as `constructor` finds nothing. */
export type FigureIndex = ReadonlyMap<string, Figure>;

export interface CompareSelection {
  /** What is being compared, in URL order: sectors first, then figures, then indicators. */
  items: CompareItem[];
  /** Well-formed ids in the URL that name no figure or indicator: dropped, and named in a notice. */
  unknownIds: string[];
}

/** A stable key for an item, also used as the React key of its panel and chip. */
export function itemKey(item: CompareItem): string {
  return item.kind === 'sector' ? `sector:${item.sector}` : `${item.kind}:${item.id}`;
}

/** Reads the compare parameters against the data, dropping ids that name nothing. */
export function readSelection(
  params: Pick<ViewParams, 'sectors' | 'ids' | 'indicators'>,
  figures: FigureIndex,
  indicators: IndicatorIndex = new Map(),
): CompareSelection {
  const items: CompareItem[] = params.sectors
    .filter((s) => (SECTORS as readonly string[]).includes(s))
    .map((sector) => ({ kind: 'sector', sector }));
  const unknownIds: string[] = [];
  for (const id of params.ids) {
    if (figures.has(id)) items.push({ kind: 'figure', id });
    else unknownIds.push(id);
  }
  for (const id of params.indicators ?? []) {
    if (indicators.has(id)) items.push({ kind: 'indicator', id });
    else unknownIds.push(id);
  }
  return { items: items.slice(0, MAX_COMPARE), unknownIds };
}

/** The URL parameters that describe a list of items. */
export function selectionParams(
  items: readonly CompareItem[],
): Pick<ViewParams, 'sectors' | 'ids' | 'indicators'> {
  return {
    sectors: items.flatMap((i) => (i.kind === 'sector' ? [i.sector] : [])),
    ids: items.flatMap((i) => (i.kind === 'figure' ? [i.id] : [])),
    indicators: items.flatMap((i) => (i.kind === 'indicator' ? [i.id] : [])),
  };
}

export function hasItem(items: readonly CompareItem[], item: CompareItem): boolean {
  const key = itemKey(item);
  return items.some((i) => itemKey(i) === key);
}

export function isFull(items: readonly CompareItem[]): boolean {
  return items.length >= MAX_COMPARE;
}

/** Adds an item at the end; `null` when the selection is full (the caller explains why). */
export function addItem(items: readonly CompareItem[], item: CompareItem): CompareItem[] | null {
  if (hasItem(items, item)) return [...items];
  if (isFull(items)) return null;
  return [...items, item];
}

export function removeItem(items: readonly CompareItem[], item: CompareItem): CompareItem[] {
  const key = itemKey(item);
  return items.filter((i) => itemKey(i) !== key);
}

export interface SectorPanel {
  kind: 'sector';
  key: string;
  sector: Sector;
  /** The compact subset shown at once. */
  headlineIds: string[];
  /** Every figure of the sector, in curated order, for the "show all" disclosure. */
  allIds: string[];
}

export interface FigurePanel {
  kind: 'figure';
  key: string;
  id: string;
  sector: Sector;
}

/** A chosen indicator: its series, shown in its own units. */
export interface IndicatorComparePanel {
  kind: 'indicator';
  key: string;
  id: string;
  sector: Sector;
  /** Every figure of the indicator, in curated order. */
  figureIds: string[];
}

export type ComparePanel = SectorPanel | FigurePanel | IndicatorComparePanel;

const HEADLINE_MEASURES: readonly Figure['measure'][] = ['level', 'rate', 'yoy-change'];

/**
 * A sector's headline figures: printed year-on-year changes and the levels they are changes of
 * come first (the story of the sector), then other printed levels and rates, in curated order,
 * at most HEADLINE_COUNT. Derived figures are left to the full list.
 */
export function headlineIds(sectorIds: readonly string[], figures: FigureIndex): string[] {
  const printed = sectorIds
    .map((id) => figures.get(id))
    .filter((f): f is Figure => f !== undefined && !f.derived);
  const changes = printed.filter((f) => f.measure === 'yoy-change');
  const changed = new Set(changes.flatMap((f) => (f.changeOf ? [f.changeOf] : [])));
  const first = printed.filter((f) => f.measure === 'yoy-change' || changed.has(f.id));
  const rest = printed.filter((f) => !first.includes(f) && HEADLINE_MEASURES.includes(f.measure));
  return [...first, ...rest].slice(0, HEADLINE_COUNT).map((f) => f.id);
}

/** One panel per chosen item, in selection order. */
export function buildPanels(
  items: readonly CompareItem[],
  figures: FigureIndex,
  figureIdsBySector: Readonly<Record<Sector, readonly string[]>>,
): ComparePanel[] {
  return items.flatMap((item): ComparePanel[] => {
    const key = itemKey(item);
    if (item.kind === 'sector') {
      const allIds = [...(figureIdsBySector[item.sector] ?? [])];
      return [
        {
          kind: 'sector',
          key,
          sector: item.sector,
          headlineIds: headlineIds(allIds, figures),
          allIds,
        },
      ];
    }
    if (item.kind === 'indicator') {
      const figureIds = [...figures.values()]
        .filter((f) => f.indicator === item.id)
        .map((f) => f.id);
      const sector = figures.get(figureIds[0] ?? '')?.sector;
      return sector ? [{ kind: 'indicator', key, id: item.id, sector, figureIds }] : [];
    }
    const figure = figures.get(item.id);
    return figure ? [{ kind: 'figure', key, id: item.id, sector: figure.sector }] : [];
  });
}

/** Every figure the panels show (a sector panel counts all its figures), without repeats. */
export function figuresInView(panels: readonly ComparePanel[]): string[] {
  const ids = panels.flatMap((p) =>
    p.kind === 'sector' ? p.allIds : p.kind === 'indicator' ? p.figureIds : [p.id],
  );
  return [...new Set(ids)];
}

/** A year-on-year change in percent: one bar of the normalized comparison. */
export interface YoyBar {
  id: string;
  sector: Sector;
  name: Localized;
  value: number;
  derived: boolean;
  period: Period;
  region: Region;
  basis: Basis[];
}

/**
 * Every figure measured as a year-on-year change in percent, in curated order. A change printed
 * as a range has no single bar length, so it stays in the cards and tables only.
 */
export function yoyBars(figures: FigureIndex, figureIds: readonly string[]): YoyBar[] {
  return figureIds.flatMap((id): YoyBar[] => {
    const f = figures.get(id);
    if (!f || f.measure !== 'yoy-change' || f.unit !== 'percent' || typeof f.value !== 'number') {
      return [];
    }
    return [
      {
        id,
        sector: f.sector,
        name: f.name,
        value: f.value,
        derived: f.derived !== undefined,
        period: f.period,
        region: f.region,
        basis: f.basis ?? [],
      },
    ];
  });
}

/** The figures the year-on-year chart draws from, and whether they are all of them. */
export interface YoyScope {
  ids: string[];
  /** Nothing is chosen, so the chart shows every sector's changes (and its title says so). */
  all: boolean;
}

/**
 * What the year-on-year chart compares: the figures the chosen items' panels show (figuresInView),
 * in selection order without repeats; every figure when nothing is chosen.
 */
export function yoyScope(panels: readonly ComparePanel[], figureIds: readonly string[]): YoyScope {
  return panels.length === 0
    ? { ids: [...figureIds], all: true }
    : { ids: figuresInView(panels), all: false };
}

export const SUGGESTION_KEYS = ['cementPower', 'housingCement', 'yoyChanges'] as const;
export type SuggestionKey = (typeof SUGGESTION_KEYS)[number];

export interface Suggestion {
  key: SuggestionKey;
  params: Pick<ViewParams, 'sectors' | 'ids'>;
}

/** Ready-made comparisons offered when fewer than two items are chosen; empty ones are left out. */
export function suggestions(
  figures: FigureIndex,
  figureIdsBySector: Readonly<Record<Sector, readonly string[]>>,
  figureIds: readonly string[],
): Suggestion[] {
  const has = (s: Sector) => (figureIdsBySector[s]?.length ?? 0) > 0;
  const list: Suggestion[] = [];
  if (has('cement') && has('power')) {
    list.push({ key: 'cementPower', params: { sectors: ['cement', 'power'], ids: [] } });
  }
  if (has('housing') && has('cement')) {
    list.push({ key: 'housingCement', params: { sectors: ['housing', 'cement'], ids: [] } });
  }
  const yoy = yoyBars(figures, figureIds)
    .slice(0, MAX_COMPARE)
    .map((b) => b.id);
  if (yoy.length >= 2) list.push({ key: 'yoyChanges', params: { sectors: [], ids: yoy } });
  return list;
}
