import type { IndicatorDigest, IndicatorInfo } from './indicators.ts';
import type { LoadResult } from './load.ts';
import type { Article, DashboardEvent, Figure } from './schema.ts';

export type { DataScope } from './scope.ts';

/**
 * The part of the data a page starts with. At a hundred times today's articles the whole data
 * set is megabytes of JSON; the overview and the index need only each indicator's digest and the
 * figures they show, an indicator's page only its own figures. The build writes these subsets
 * beside the full file; a page fetches the full one when the reader goes where it is needed.
 */

/** Indicators a sector of the overview leads with; the rest are a link away. */
export const LEAD_INDICATORS = 8;
/** Milestones a sector's timeline shows, the latest; the table lists them all. */
export const LATEST_EVENTS = 6;
/** Source articles named under a sector's heading, the latest; the sources page lists them all. */
export const LATEST_ARTICLES = 3;

/**
 * A sector's indicators in the order the overview leads with them: those followed over the most
 * periods first (a series before a lone number, or before one number in several regions), then
 * the most recent, then the vocabulary's order.
 */
export function rankIndicators(
  sector: string,
  indicators: ReadonlyMap<string, IndicatorInfo>,
  digests: ReadonlyMap<string, IndicatorDigest>,
): { info: IndicatorInfo; digest: IndicatorDigest }[] {
  const ranked: { info: IndicatorInfo; digest: IndicatorDigest; order: number }[] = [];
  let order = 0;
  for (const info of indicators.values()) {
    order += 1;
    const digest = digests.get(info.id);
    if (info.sector === sector && digest) ranked.push({ info, digest, order });
  }
  ranked.sort(
    (a, b) =>
      b.digest.longest - a.digest.longest ||
      b.digest.end.localeCompare(a.digest.end) ||
      a.order - b.order,
  );
  return ranked;
}

/**
 * The figures a sector's charts compare: each lead indicator's latest values (one per panel: per
 * region, per span) with the changes printed for them, the values computed from them, and the
 * marks they are measured against; in curated order.
 */
export function chartFigures(
  lead: readonly { digest: IndicatorDigest }[],
  sectorFigures: readonly Figure[],
): Figure[] {
  const chosen = new Set(lead.flatMap((l) => l.digest.recent));
  for (const f of sectorFigures) {
    if (f.reference && chosen.has(f.id)) chosen.add(f.reference);
    if (f.derived?.inputs.some((id) => chosen.has(id))) chosen.add(f.id);
  }
  return sectorFigures.filter((f) => chosen.has(f.id));
}

/** The latest articles of a sector first (by publication date). */
export function byPublication(a: Article, b: Article): number {
  return (b.publication.date ?? '').localeCompare(a.publication.date ?? '');
}

/** How many figures, milestones and articles the whole data has, per sector: kept in subsets. */
export interface DataCounts {
  figures: number;
  figuresBySector: Record<string, number>;
  eventsBySector: Record<string, number>;
  articlesBySector: Record<string, number>;
}

function tally<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

export function countData(result: LoadResult): DataCounts {
  const figures = result.datasets.flatMap((d) => d.dataset.figures);
  return {
    figures: figures.length,
    figuresBySector: tally(figures, (f) => f.sector),
    eventsBySector: tally(
      result.datasets.flatMap((d) => d.dataset.events),
      (e) => e.sector,
    ),
    articlesBySector: tally(result.articles, (a) => a.sector),
  };
}

/** The data restricted to `keep`: figures, events and articles in their files and order. */
function restrict(
  result: LoadResult,
  keep: { figures: Set<string>; events: Set<string>; articles: Set<string> },
  indicators: LoadResult['indicators'],
  digests: LoadResult['digests'],
): LoadResult {
  // A derived figure's inputs name it in formulas and lead to its articles: keep them too.
  const all = new Map(result.datasets.flatMap((d) => d.dataset.figures.map((f) => [f.id, f])));
  const pending = [...keep.figures];
  while (pending.length > 0) {
    const figure = all.get(pending.pop()!);
    for (const id of figure?.derived?.inputs ?? []) {
      if (!keep.figures.has(id)) {
        keep.figures.add(id);
        pending.push(id);
      }
    }
  }
  for (const id of keep.figures) {
    const article = all.get(id)?.source?.article;
    if (article) keep.articles.add(article);
  }
  const datasets = result.datasets
    .map(({ file, dataset }) => ({
      file,
      dataset: {
        ...dataset,
        figures: dataset.figures.filter((f) => keep.figures.has(f.id)),
        events: dataset.events.filter((e) => keep.events.has(e.id)),
      },
    }))
    .filter((d) => d.dataset.figures.length > 0 || d.dataset.events.length > 0);
  for (const d of datasets) for (const e of d.dataset.events) keep.articles.add(e.source.article);
  return {
    datasets,
    articles: result.articles.filter((a) => keep.articles.has(a.id)),
    indicators,
    digests,
    counts: result.counts ?? countData(result),
    errors: result.errors,
  };
}

/**
 * What the overview and the index render from: every indicator and digest, the figures of each
 * digest's latest value and changes, what each sector's charts compare, each sector's latest
 * milestones and articles. The overview renders the same from it as from the full data.
 */
export function summaryData(result: LoadResult): LoadResult {
  const indicators = new Map(result.indicators.map((i) => [i.id, i]));
  const digests = new Map(Object.entries(result.digests));
  const keep = {
    figures: new Set<string>(),
    events: new Set<string>(),
    articles: new Set<string>(),
  };
  for (const digest of digests.values()) {
    keep.figures.add(digest.latest);
    for (const id of digest.changes) keep.figures.add(id);
  }
  const figures = result.datasets.flatMap((d) => d.dataset.figures);
  const events: DashboardEvent[] = result.datasets.flatMap((d) => d.dataset.events);
  const sectors = new Set([...figures.map((f) => f.sector), ...events.map((e) => e.sector)]);
  for (const sector of sectors) {
    const lead = rankIndicators(sector, indicators, digests).slice(0, LEAD_INDICATORS);
    const sectorFigures = figures.filter((f) => f.sector === sector);
    for (const f of chartFigures(lead, sectorFigures)) keep.figures.add(f.id);
    // The store sorts milestones by date; the overview's timeline takes the latest ones.
    const latest = events
      .filter((e) => e.sector === sector)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .slice(-LATEST_EVENTS);
    for (const e of latest) keep.events.add(e.id);
    const articles = result.articles.filter((a) => a.sector === sector).sort(byPublication);
    for (const a of articles.slice(0, LATEST_ARTICLES)) keep.articles.add(a.id);
  }
  return restrict(result, keep, result.indicators, result.digests);
}

/** What one indicator's page renders from: its figures, their inputs and articles. */
export function indicatorData(result: LoadResult, id: string): LoadResult {
  const keep = {
    figures: new Set<string>(),
    events: new Set<string>(),
    articles: new Set<string>(),
  };
  for (const d of result.datasets) {
    for (const f of d.dataset.figures) if (f.indicator === id) keep.figures.add(f.id);
  }
  const digest = result.digests[id];
  return restrict(
    result,
    keep,
    result.indicators.filter((i) => i.id === id),
    digest ? { [id]: digest } : {},
  );
}
