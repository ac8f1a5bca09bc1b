import type { TFunction } from 'i18next';
import { sourceLine as articlesSourceLine } from '../../components/charts/source-line';
import type { Article, Figure } from '../../data/schema';
import type { Lang } from '../../i18n/languages';

/** The source line of a chart: the articles its figures come from, in the page's language. */
export function sourceLine(
  ids: readonly string[],
  figures: ReadonlyMap<string, Figure>,
  articles: ReadonlyMap<string, Article>,
  lang: Lang,
  t: TFunction,
): string {
  const chosen = ids.flatMap((id) => figures.get(id) ?? []);
  const sectors = new Set(chosen.map((f) => f.sector));
  // A computed figure has no quote of its own: its sector's article holds its inputs.
  const printed = new Set(chosen.flatMap((f) => (f.source ? [f.source.article] : [])));
  const named = [...articles.values()].filter((a) => printed.has(a.id) || sectors.has(a.sector));
  return articlesSourceLine(named, lang, t, {
    title: 'compare:sourceTitle',
    separator: 'compare:listSeparator',
    line: 'compare:source',
    param: 'list',
  });
}
