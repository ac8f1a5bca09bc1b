import type { TFunction } from 'i18next';
import { HTML_LANG, LANGS } from '../i18n/languages';
import { routeHref, viewPath, type Route } from '../store/url-state';

export interface HeadInfo {
  htmlLang: string;
  title: string;
  description: string;
  /** Absolute when a site origin is known (SITE_URL at build), else relative to the host. */
  canonical: string;
  alternates: { hreflang: string; href: string }[];
}

/**
 * Title, description, canonical and hreflang alternates of a route, in its language. `itemName`
 * names the one item a view of one item shows (an indicator), in that language.
 */
export function headFor(
  route: Route,
  t: TFunction,
  base: string,
  origin = '',
  itemName?: string,
): HeadInfo {
  const viewTitle = itemName ?? t(`common:meta.viewTitle.${route.view}`);
  const title = route.notFound
    ? `${t('common:notFound.title')} · ${t('common:appName')}`
    : route.view === 'overview'
      ? t('common:appName')
      : `${viewTitle} · ${t('common:appName')}`;
  const href = (lang: Route['lang']) =>
    `${origin}${routeHref({ lang, view: route.view, params: route.params }, base)}`;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return {
    htmlLang: HTML_LANG[route.lang],
    title,
    description: t(`common:meta.description.${route.view}`),
    canonical: href(route.lang),
    alternates: [
      ...LANGS.map((lang) => ({ hreflang: HTML_LANG[lang], href: href(lang) })),
      {
        hreflang: 'x-default',
        href: `${origin}${prefix}${viewPath('en', route.view, route.params)}`,
      },
    ],
  };
}

/**
 * Keeps the live document's head in step with the route after client-side navigation. `<html
 * lang>` is not written here: the head effect in app.tsx writes it at once, before this module
 * has loaded, and only when it differs (the build writes `htmlLang` into each page's HTML).
 */
export function applyHead(head: HeadInfo): void {
  document.title = head.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', head.description);
  document.querySelector('link[rel="canonical"]')?.setAttribute('href', head.canonical);
  for (const alt of head.alternates) {
    document
      .querySelector(`link[rel="alternate"][hreflang="${alt.hreflang}"]`)
      ?.setAttribute('href', alt.href);
  }
}
