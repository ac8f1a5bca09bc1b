import type { TFunction } from 'i18next';
import type { IndicatorDigest, IndicatorInfo } from '../data/indicators';
import type { Figure } from '../data/schema';
import { summarizeDigest } from '../format/indicator';
import { HTML_LANG, LANGS, type Lang } from '../i18n/languages';
import { previewPath } from '../store/preview-path';
import { EMBED_COMPARE, routeHref, viewPath, type Route } from '../store/url-state';

/** An item a view of one item shows (an indicator), in the page's language. */
export interface HeadItem {
  name: string;
  /** Its latest value, period and region, formatted; absent when its figures are not loaded. */
  value?: string;
  period?: string;
  region?: string;
  /** The first change printed for the latest value, and its measure. */
  change?: { value: string; measure: string };
}

export interface HeadInfo {
  htmlLang: string;
  title: string;
  description: string;
  /**
   * Canonical and hreflang links, absolute. Only when the site's origin is known (SITE_URL at
   * build): relative ones are worse than none, so without it they are left out.
   */
  canonical?: string;
  alternates: { hreflang: string; href: string }[];
  /** Open Graph and Twitter card tags, `[property or name, content]`, in order. */
  social: [string, string][];
}

/** The indicator a route shows, for its head; undefined for other routes or an unknown id. */
export function headItem(
  data: {
    indicators: ReadonlyMap<string, IndicatorInfo>;
    digests: ReadonlyMap<string, IndicatorDigest>;
    figures: ReadonlyMap<string, Figure>;
  },
  route: Route,
  t: TFunction,
): HeadItem | undefined {
  const info = data.indicators.get(route.params.indicator ?? '');
  if (!info) return undefined;
  const digest = data.digests.get(info.id);
  const summary = digest && summarizeDigest(info, digest, data.figures, route.lang, t);
  if (!summary) return { name: info.name[route.lang] };
  const { value, period, region, change } = summary;
  return { name: info.name[route.lang], value, period, region, change };
}

/** The preview image's size: what Open Graph readers and chat apps show at full width. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

const OG_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en_US' };

/**
 * Title, description, canonical and hreflang links, and the tags a shared link previews with, of
 * a route in its language. `item` is the indicator an indicator's page (or its embed) shows.
 * Without `origin` the tags that need an absolute URL (canonical, hreflang, og:url, og:image)
 * are left out.
 */
export function headFor(
  route: Route,
  t: TFunction,
  base: string,
  origin = '',
  item?: HeadItem,
): HeadInfo {
  const appName = t('common:appName');
  const valued = item?.value !== undefined;
  const heading = route.notFound
    ? t('common:notFound.title')
    : item
      ? valued
        ? t('common:meta.item.title', { ...item })
        : item.name
      : t(`common:meta.viewTitle.${route.view}`);
  const title = route.view === 'overview' && !route.notFound ? appName : `${heading} · ${appName}`;
  const description = valued
    ? t('common:meta.item.description', {
        ...item,
        change: item.change ? t('common:meta.item.change', { ...item.change }) : '',
      })
    : t(`common:meta.description.${route.view}`);
  // An embed's canonical page is the full page it comes from.
  const pageView =
    route.view !== 'embed'
      ? route.view
      : route.params.indicator === EMBED_COMPARE
        ? 'compare'
        : 'indicator';
  const href = (lang: Lang, view = pageView) =>
    `${origin}${routeHref({ lang, view, params: route.params }, base)}`;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const image = `${origin}${prefix}/${previewPath(route)}`;
  const social: [string, string][] = [
    ['og:type', 'website'],
    ['og:site_name', appName],
    ['og:title', route.view === 'overview' ? appName : heading],
    ['og:description', description],
    ['og:locale', OG_LOCALE[route.lang]],
    ...LANGS.filter((l) => l !== route.lang).map((l): [string, string] => [
      'og:locale:alternate',
      OG_LOCALE[l],
    ]),
    ['twitter:card', origin ? 'summary_large_image' : 'summary'],
    ['twitter:title', route.view === 'overview' ? appName : heading],
    ['twitter:description', description],
  ];
  if (!origin) {
    return { htmlLang: HTML_LANG[route.lang], title, description, alternates: [], social };
  }
  const imageAlt = t('common:meta.imageAlt', { title: heading });
  social.push(
    ['og:url', href(route.lang)],
    ['og:image', image],
    ['og:image:type', 'image/png'],
    ['og:image:width', String(PREVIEW_SIZE.width)],
    ['og:image:height', String(PREVIEW_SIZE.height)],
    ['og:image:alt', imageAlt],
    ['twitter:image', image],
    ['twitter:image:alt', imageAlt],
  );
  return {
    htmlLang: HTML_LANG[route.lang],
    title,
    description,
    canonical: href(route.lang),
    alternates: [
      ...LANGS.map((lang) => ({ hreflang: HTML_LANG[lang], href: href(lang) })),
      {
        hreflang: 'x-default',
        href: `${origin}${prefix}${viewPath('en', pageView, route.params)}`,
      },
    ],
    social,
  };
}

/**
 * Keeps the live document's head in step with the route after client-side navigation. `<html
 * lang>` is not written here: the head effect in app.tsx writes it at once, before this module
 * has loaded, and only when it differs (the build writes `htmlLang` into each page's HTML).
 * Tags a build without the site's origin left out stay out.
 */
export function applyHead(head: HeadInfo): void {
  document.title = head.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', head.description);
  if (head.canonical) {
    document.querySelector('link[rel="canonical"]')?.setAttribute('href', head.canonical);
  }
  for (const alt of head.alternates) {
    document
      .querySelector(`link[rel="alternate"][hreflang="${alt.hreflang}"]`)
      ?.setAttribute('href', alt.href);
  }
  for (const [name, content] of head.social) {
    if (name === 'og:locale:alternate') continue;
    const attribute = name.startsWith('og:') ? 'property' : 'name';
    document.querySelector(`meta[${attribute}="${name}"]`)?.setAttribute('content', content);
  }
}
