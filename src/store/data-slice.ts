import type { StateCreator } from 'zustand';
import type { LoadError, LoadResult } from '../data/load';
import type { IndicatorDigest, IndicatorInfo } from '../data/indicators';
import type { DataScope } from '../data/scope';
import type { DataCounts } from '../data/subsets';
import type { Article, DashboardEvent, Figure } from '../data/schema';
import { SECTORS, type Sector } from '../data/vocab';
import type { AppState } from './app-store';
import { byCodeUnits } from '../data/order';

export interface DataSlice {
  /**
   * Figures by id, in curated order. Maps, not plain objects: ids come from URLs and files, and
   * a plain object would answer `constructor` or `__proto__` with what every object inherits.
   */
  figures: ReadonlyMap<string, Figure>;
  figureIds: string[];
  figureIdsBySector: Record<Sector, string[]>;
  events: DashboardEvent[];
  eventsBySector: Record<Sector, DashboardEvent[]>;
  articles: ReadonlyMap<string, Article>;
  /** The indicators the figures name, by id, in vocabulary order. */
  indicators: ReadonlyMap<string, IndicatorInfo>;
  /** Each indicator's latest value, changes and trend, made when the data was built. */
  digests: ReadonlyMap<string, IndicatorDigest>;
  /** How much the whole data holds, even when the store holds only a part of it (`scope`). */
  counts: DataCounts;
  /** Which part of the data the store holds: a page may start from a subset (data/subsets.ts). */
  scope: DataScope;
  /** Which data file each figure came from, for error messages and downloads. */
  fileByFigure: ReadonlyMap<string, string>;
  loadErrors: LoadError[];
  loadData: (result: LoadResult, scope?: DataScope) => void;
}

function emptyBySector<T>(): Record<Sector, T[]> {
  return Object.fromEntries(SECTORS.map((s) => [s, [] as T[]])) as unknown as Record<Sector, T[]>;
}

/** Indexes validated datasets for narrow lookups by id and by sector. */
export function indexData(
  result: LoadResult,
  scope: DataScope = 'all',
): Omit<DataSlice, 'loadData'> {
  const figures = new Map<string, Figure>();
  const figureIds: string[] = [];
  const figureIdsBySector = emptyBySector<string>();
  const events: DashboardEvent[] = [];
  const eventsBySector = emptyBySector<DashboardEvent>();
  const fileByFigure = new Map<string, string>();
  for (const { file, dataset } of result.datasets) {
    for (const figure of dataset.figures) {
      if (figures.has(figure.id)) continue; // check:data reports duplicates; the first one wins here
      figures.set(figure.id, figure);
      figureIds.push(figure.id);
      figureIdsBySector[figure.sector]?.push(figure.id);
      fileByFigure.set(figure.id, file);
    }
    for (const event of dataset.events) {
      events.push(event);
      eventsBySector[event.sector]?.push(event);
      fileByFigure.set(event.id, file);
    }
  }
  const byDate = (a: DashboardEvent, b: DashboardEvent) => byCodeUnits(a.date, b.date);
  events.sort(byDate);
  for (const sector of SECTORS) eventsBySector[sector]?.sort(byDate);
  const articles = new Map(result.articles.map((a) => [a.id, a]));
  const indicators = new Map(result.indicators.map((i) => [i.id, i]));
  const digests = new Map(Object.entries(result.digests));
  return {
    figures,
    figureIds,
    figureIdsBySector,
    events,
    eventsBySector,
    articles,
    indicators,
    digests,
    counts: result.counts,
    scope,
    fileByFigure,
    loadErrors: result.errors,
  };
}

export const createDataSlice =
  (initial: LoadResult, scope?: DataScope): StateCreator<AppState, [], [], DataSlice> =>
  (set) => ({
    ...indexData(initial, scope),
    loadData: (result, next) => set(indexData(result, next)),
  });
