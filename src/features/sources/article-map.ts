import type { Article, DashboardEvent, Figure, Source } from '../../data/schema';
import { SECTORS } from '../../data/vocab';
import { findQuoteRanges, type QuotedRange, type TextRange } from './highlight';
import { byCodeUnits } from '../../data/order';

/** What `?figure=` may name: a figure or a milestone. */
export type SourceItem =
  | { kind: 'figure'; id: string; figure: Figure }
  | { kind: 'event'; id: string; event: DashboardEvent };

export function lookupItem(
  id: string,
  figures: ReadonlyMap<string, Figure>,
  eventsById: ReadonlyMap<string, DashboardEvent>,
): SourceItem | undefined {
  const figure = figures.get(id);
  if (figure) return { kind: 'figure', id, figure };
  const event = eventsById.get(id);
  if (event) return { kind: 'event', id, event };
  return undefined;
}

export function sourceOf(item: SourceItem): Source | undefined {
  return item.kind === 'figure' ? item.figure.source : item.event.source;
}

/** Articles in the order the dashboard lists sectors (the order they were printed in). */
export function orderArticles(articles: ReadonlyMap<string, Article>): Article[] {
  return [...articles.values()].sort(
    (a, b) => SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector) || byCodeUnits(a.id, b.id),
  );
}

/**
 * The article a figure or milestone is quoted from. A derived figure has no quote of its own:
 * it belongs to the article of its first input that has one.
 */
export function articleOf(
  id: string,
  figures: ReadonlyMap<string, Figure>,
  eventsById: ReadonlyMap<string, DashboardEvent>,
  seen: ReadonlySet<string> = new Set(),
): string | undefined {
  if (seen.has(id)) return undefined; // a formula that refers to itself names no article
  const item = lookupItem(id, figures, eventsById);
  if (!item) return undefined;
  const source = sourceOf(item);
  if (source) return source.article;
  if (item.kind === 'figure' && item.figure.derived) {
    const next = new Set(seen).add(id);
    for (const input of item.figure.derived.inputs) {
      const article = articleOf(input, figures, eventsById, next);
      if (article) return article;
    }
  }
  return undefined;
}

/**
 * The passages of `text` that show a figure or milestone: its own quote, or for a derived
 * figure the quotes of its inputs (followed through inputs that are derived themselves).
 */
export function quoteRangesOf(
  id: string,
  articleId: string,
  text: string,
  figures: ReadonlyMap<string, Figure>,
  eventsById: ReadonlyMap<string, DashboardEvent>,
  seen: ReadonlySet<string> = new Set(),
): TextRange[] {
  if (seen.has(id)) return [];
  const item = lookupItem(id, figures, eventsById);
  if (!item) return [];
  const source = sourceOf(item);
  if (source) return source.article === articleId ? findQuoteRanges(text, source.quote) : [];
  if (item.kind === 'figure' && item.figure.derived) {
    const next = new Set(seen).add(id);
    return item.figure.derived.inputs.flatMap((input) =>
      quoteRangesOf(input, articleId, text, figures, eventsById, next),
    );
  }
  return [];
}

/** One figure or milestone of an article, where its quote was found (if it has one). */
export interface MappedItem {
  id: string;
  kind: SourceItem['kind'];
  /** Its own quote's places in the text; empty for a derived figure or a quote not found. */
  ranges: TextRange[];
  derived: boolean;
}

export interface ArticleMap {
  /** In order of first appearance; derived figures and quotes not found come last. */
  items: MappedItem[];
  /** Every quote found, figures before milestones (so a shared quote links to the figure). */
  quoted: QuotedRange[];
}

/** Every figure and milestone of one article, located in its text. */
export function mapArticle(
  articleId: string,
  text: string,
  figureIds: readonly string[],
  figures: ReadonlyMap<string, Figure>,
  events: readonly DashboardEvent[],
): ArticleMap {
  const eventsById = new Map(events.map((e) => [e.id, e]));
  const items: MappedItem[] = [];
  for (const id of figureIds) {
    const figure = figures.get(id);
    if (!figure || articleOf(id, figures, eventsById) !== articleId) continue;
    const ranges = figure.source ? findQuoteRanges(text, figure.source.quote) : [];
    items.push({ id, kind: 'figure', ranges, derived: figure.derived !== undefined });
  }
  for (const event of events) {
    if (event.source.article !== articleId) continue;
    const ranges = findQuoteRanges(text, event.source.quote);
    items.push({ id: event.id, kind: 'event', ranges, derived: false });
  }
  const quoted = items.flatMap((item) => item.ranges.map((r) => ({ ...r, id: item.id })));
  const firstAt = (item: MappedItem) => item.ranges[0]?.start ?? Number.POSITIVE_INFINITY;
  // Array sort is stable: equal positions keep figures before milestones, in curated order.
  const ordered = [...items].sort((a, b) => {
    const at = firstAt(a) - firstAt(b);
    return Number.isNaN(at) ? 0 : at;
  });
  return { items: ordered, quoted };
}
