import type { TFunction } from 'i18next';
import type { Article } from '../../data/schema';
import type { Lang } from '../../i18n/languages';

/** The keys a view writes its source lines with, in its own namespace and wording. */
export interface SourceLineKeys {
  /** One article's title, given `title`: 《{{title}}》. */
  title: string;
  /** Between two titles. */
  separator: string;
  /** The line, given the joined titles as `param`. */
  line: string;
  param: string;
  /** Appended when the chart shows computed values (with its own leading space if any). */
  computed?: string;
}

/**
 * A chart's source line: the titles of the articles it rests on, each once and in the order
 * given, in the page's language; noting computed values when `computed`.
 */
export function sourceLine(
  articles: readonly Article[],
  lang: Lang,
  t: TFunction,
  keys: SourceLineKeys,
  computed = false,
): string {
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const titles = [...new Set(articles)].map((a) => translate(keys.title, { title: a.title[lang] }));
  const line = translate(keys.line, { [keys.param]: titles.join(translate(keys.separator)) });
  return computed && keys.computed ? `${line}${translate(keys.computed)}` : line;
}
