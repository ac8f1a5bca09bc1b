import type { TFunction } from 'i18next';
import type { IndicatorDigest, IndicatorInfo } from '../data/indicators';
import type { Article, Figure } from '../data/schema';
import type { DataCounts } from '../data/subsets';
import { formatSector } from '../format';
import { summarizeDigest } from '../format/indicator';
import type { Lang } from '../i18n/languages';
import { VIEWS, type Route } from '../store/url-state';
import { previewName } from '../store/preview-path';

/**
 * What a page's preview image shows (the build draws it: scripts/og/preview-image.ts), in the
 * page's language: all text is the site's own strings and the data's, never HTML.
 */
export interface PreviewCard {
  lang: Lang;
  /** The site's name in both languages, bottom left. */
  site: string;
  /** Above the title: the indicator's sector, or "Indicators" for a view. */
  kicker: string;
  title: string;
  /** An indicator's latest value, its period and region, and the first change printed for it. */
  value?: string;
  when?: string;
  change?: string;
  /** The latest values, oldest first, when there are two or more. */
  trend?: { values: number[]; computed: boolean[]; line: boolean };
  /** A view's description, where there is no value. */
  text?: string;
  /** The source line: the article behind the value, or what the dashboard holds. */
  source: string;
}

interface PreviewData {
  indicators: ReadonlyMap<string, IndicatorInfo>;
  digests: ReadonlyMap<string, IndicatorDigest>;
  figures: ReadonlyMap<string, Figure>;
  articles: ReadonlyMap<string, Article>;
  counts: DataCounts;
}

/** The article a figure rests on: its own, or for a computed one its first input's. */
function articleOf(figure: Figure, data: PreviewData, depth = 0): Article | undefined {
  if (figure.source) return data.articles.get(figure.source.article);
  const input = figure.derived && data.figures.get(figure.derived.inputs[0] ?? '');
  return input && depth < 8 ? articleOf(input, data, depth + 1) : undefined;
}

/** The preview card of a route: its indicator's latest value and trend, or the view's summary. */
export function previewCard(data: PreviewData, route: Route, t: TFunction): PreviewCard {
  const { lang } = route;
  const site = `${t('common:appName', { lng: 'zh' })} · ${t('common:appName', { lng: 'en' })}`;
  const info = data.indicators.get(previewName(route));
  const digest = info && data.digests.get(info.id);
  const summary = info && digest && summarizeDigest(info, digest, data.figures, lang, t);
  if (info && summary) {
    const article = articleOf(summary.figure, data);
    return {
      lang,
      site,
      kicker: formatSector(info.sector, t),
      title: info.name[lang],
      value: summary.value,
      when: t('common:preview.when', { period: summary.period, region: summary.region }),
      change: summary.change && `${summary.change.measure}: ${summary.change.value}`,
      trend:
        summary.trend.length >= 2
          ? {
              values: summary.trend.map((m) => m.value),
              computed: summary.trend.map((m) => m.computed),
              line: summary.trendKind === 'line',
            }
          : undefined,
      source: article
        ? t('common:preview.source', { title: article.title[lang] })
        : t('common:preview.computed'),
    };
  }
  const named = previewName(route);
  const view = VIEWS.find((v) => v === named) ?? 'overview';
  return {
    lang,
    site,
    kicker: t('common:preview.kicker'),
    title: view === 'overview' ? t('common:appName') : t(`common:meta.viewTitle.${view}`),
    text: t(`common:meta.description.${view}`),
    source: t('common:preview.counts', {
      figures: data.counts.figures,
      articles: data.articles.size,
    }),
  };
}
