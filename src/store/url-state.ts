import type { ComponentType } from 'react';
import { SECTORS, type Sector } from '../data/vocab';
import { isLang, type Lang } from '../i18n/languages';

/** Sort keys of the table and the indicator index; a view falls back to its default for others. */
export const SORT_KEYS = [
  'sector',
  'name',
  'value',
  'period',
  'region',
  'change',
  'points',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export const MAX_COMPARE = 4;
/** Ids longer than this are never real: dropped before they reach a lookup or the page. */
const MAX_ID_LENGTH = 80;
const MAX_LIST = 50;
const ID_SHAPE = /^[a-z0-9][a-z0-9.-]*$/;
const KEBAB = /^[a-z0-9][a-z0-9-]*$/;
/** Longer search text is cut: no indicator name is near it. */
const MAX_QUERY = 60;

export interface ViewParams {
  sector?: Sector;
  sectors: Sector[];
  ids: string[];
  /** Compare: indicators whose series are shown side by side. */
  indicators?: string[];
  /** Indicator page: the indicator the path names (`/en/indicators/cement-output/`). */
  indicator?: string;
  /** Indicator index: search text, matched against names in both languages. */
  q?: string;
  figure?: string;
  /** Sources view: the article to show when no figure is chosen. */
  article?: string;
  sort?: SortKey;
  dir?: SortDir;
  /** Table view: 1-based page number when the table is paginated. */
  page?: number;
}

/** A parsed location: what the page shows. `notFound` marks a path that names no view. */
export interface Route {
  lang: Lang;
  view: View;
  params: ViewParams;
  notFound?: boolean;
}

/** Something in the URL the page could not use, reported to the reader instead of failing. */
export interface UrlNotice {
  kind: 'unknown-param' | 'invalid-value' | 'too-many' | 'unknown-path' | 'duplicate';
  name: string;
  value: string;
}

export interface ParsedLocation {
  route: Route;
  notices: UrlNotice[];
  /** The path had no language (`/`): the caller picks one from saved choice or browser. */
  needsLanguage: boolean;
}

export const EMPTY_PARAMS: ViewParams = { sectors: [], ids: [] };

export interface RouteSpec {
  /** The path segment under the language: `table` for `/zh/table/`; '' for the language's root. */
  segment: string;
  /** The query parameters the view reads; any other is reported as unknown. */
  params: readonly (keyof ViewParams)[];
  /** A view of one item, named by the path segment after `segment`; kept out of the navigation. */
  item?: 'indicator';
}

/**
 * The route table: every view of the dashboard, its path and its parameters. Everything else
 * about a view follows from its key: its page is `src/features/<view>/<view>-page.tsx` (export
 * `page`, see app/pages.ts), its title and description are `common:meta.viewTitle.<view>` and
 * `common:meta.description.<view>`, its nav label `common:nav.<view>`, and the build prerenders it
 * in every language. Adding a view is an entry here plus its folder (README, "Adding a view").
 */
export const ROUTES = {
  overview: { segment: '', params: ['sector'] },
  indicators: { segment: 'indicators', params: ['sector', 'q', 'sort', 'dir', 'page'] },
  indicator: { segment: 'indicators', params: [], item: 'indicator' },
  table: { segment: 'table', params: ['sector', 'sort', 'dir', 'page'] },
  compare: { segment: 'compare', params: ['sectors', 'ids', 'indicators'] },
  sources: { segment: 'sources', params: ['figure', 'article'] },
} as const satisfies Record<string, RouteSpec>;

export type View = keyof typeof ROUTES;

/** What a view's page module exports as `page`. */
export interface PageModule {
  component: ComponentType;
  /** Loads what the page needs before its first render (beside its code and the data). */
  prepare?: () => Promise<unknown>;
}
/** Every view, in the order of the route table. */
export const VIEWS = Object.keys(ROUTES) as View[];
/** The views the site's navigation lists, in its order: not the views of one item. */
export const NAV_VIEWS = VIEWS.filter((view) => !('item' in ROUTES[view]));

function paramsOf(view: View): readonly (keyof ViewParams)[] {
  return ROUTES[view].params;
}

/** The view whose path segment is `segment`, of one item when `item`; undefined for none. */
function viewAt(segment: string, item: boolean): View | undefined {
  return VIEWS.find((view) => ROUTES[view].segment === segment && 'item' in ROUTES[view] === item);
}

function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

function isSortKey(value: string): value is SortKey {
  return (SORT_KEYS as readonly string[]).includes(value);
}

/** Shortens hostile or long text before it is shown back in a notice. */
function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .slice(0, MAX_LIST);
}

/** Strips the deployment base (`/dashboard/`) from a pathname; null when outside it. */
export function stripBase(pathname: string, base: string): string | null {
  const normalized = base.endsWith('/') ? base : `${base}/`;
  if (pathname === normalized.slice(0, -1)) return '/';
  if (!pathname.startsWith(normalized)) return null;
  return `/${pathname.slice(normalized.length)}`;
}

/**
 * Reads a location into a route. Never throws: anything unusable becomes a notice and the
 * page falls back to what it can show.
 */
export function parseLocation(pathname: string, search: string, base = '/'): ParsedLocation {
  const notices: UrlNotice[] = [];
  const inner = stripBase(pathname, base) ?? pathname;
  let segments: string[];
  try {
    segments = inner.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    segments = inner.split('/').filter(Boolean);
  }
  const [first, second, ...rest] = segments;

  if (first === undefined) {
    return {
      route: { lang: 'en', view: 'overview', params: EMPTY_PARAMS },
      notices,
      needsLanguage: true,
    };
  }
  if (!isLang(first)) {
    return {
      route: { lang: 'en', view: 'overview', params: EMPTY_PARAMS, notFound: true },
      notices: [{ kind: 'unknown-path', name: 'path', value: clip(inner) }],
      needsLanguage: true,
    };
  }
  const lang = first;
  const item = rest[0];
  const view = viewAt(second ?? '', rest.length === 1);
  if (view === undefined || rest.length > 1 || (item !== undefined && !KEBAB.test(item))) {
    return {
      route: { lang, view: 'overview', params: EMPTY_PARAMS, notFound: true },
      notices: [{ kind: 'unknown-path', name: 'path', value: clip(inner) }],
      needsLanguage: false,
    };
  }

  const params: ViewParams = { sectors: [], ids: [] };
  if (item !== undefined) params.indicator = item.slice(0, MAX_ID_LENGTH);
  const allowed = paramsOf(view);
  const query = new URLSearchParams(search);
  const seen = new Set<string>();
  for (const [name, raw] of query) {
    if (seen.has(name)) {
      notices.push({ kind: 'duplicate', name: clip(name), value: clip(raw) });
      continue;
    }
    seen.add(name);
    if (!(allowed as readonly string[]).includes(name)) {
      notices.push({ kind: 'unknown-param', name: clip(name), value: clip(raw) });
      continue;
    }
    switch (name) {
      case 'sector':
        if (isSector(raw)) params.sector = raw;
        else notices.push({ kind: 'invalid-value', name, value: clip(raw) });
        break;
      case 'sectors':
        for (const s of splitList(raw)) {
          if (!isSector(s)) notices.push({ kind: 'invalid-value', name, value: clip(s) });
          else if (params.sectors.includes(s)) notices.push({ kind: 'duplicate', name, value: s });
          else params.sectors.push(s);
        }
        break;
      case 'ids':
        for (const id of splitList(raw)) {
          if (id.length > MAX_ID_LENGTH || !ID_SHAPE.test(id)) {
            notices.push({ kind: 'invalid-value', name, value: clip(id) });
          } else if (params.ids.includes(id)) notices.push({ kind: 'duplicate', name, value: id });
          else params.ids.push(id);
        }
        break;
      case 'indicators':
        params.indicators = [];
        for (const id of splitList(raw)) {
          if (id.length > MAX_ID_LENGTH || !KEBAB.test(id)) {
            notices.push({ kind: 'invalid-value', name, value: clip(id) });
          } else if (params.indicators.includes(id))
            notices.push({ kind: 'duplicate', name, value: id });
          else params.indicators.push(id);
        }
        break;
      case 'q':
        // Free text, shown back only as text; an empty search is no search.
        if (raw.trim()) params.q = raw.trim().slice(0, MAX_QUERY);
        break;
      case 'figure':
        if (raw.length <= MAX_ID_LENGTH && ID_SHAPE.test(raw)) params.figure = raw;
        else notices.push({ kind: 'invalid-value', name, value: clip(raw) });
        break;
      case 'article':
        if (raw.length <= MAX_ID_LENGTH && KEBAB.test(raw)) params.article = raw;
        else notices.push({ kind: 'invalid-value', name, value: clip(raw) });
        break;
      case 'page': {
        const page = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
        if (page >= 1) params.page = page;
        else notices.push({ kind: 'invalid-value', name, value: clip(raw) });
        break;
      }
      case 'sort':
        if (isSortKey(raw)) params.sort = raw;
        else notices.push({ kind: 'invalid-value', name, value: clip(raw) });
        break;
      case 'dir':
        if (raw === 'asc' || raw === 'desc') params.dir = raw;
        else notices.push({ kind: 'invalid-value', name, value: clip(raw) });
        break;
    }
  }
  const chosen = params.sectors.length + params.ids.length + (params.indicators?.length ?? 0);
  if (chosen > MAX_COMPARE) {
    notices.push({ kind: 'too-many', name: 'compare', value: String(chosen) });
    params.sectors = params.sectors.slice(0, MAX_COMPARE);
    params.ids = params.ids.slice(0, MAX_COMPARE - params.sectors.length);
    params.indicators = params.indicators?.slice(
      0,
      MAX_COMPARE - params.sectors.length - params.ids.length,
    );
  }
  return { route: { lang, view, params }, notices, needsLanguage: false };
}

/** The path of a view, relative to the base: `/zh/table/`, `/zh/indicators/cement-output/`. */
export function viewPath(lang: Lang, view: View, params?: Pick<ViewParams, 'indicator'>): string {
  const { segment } = ROUTES[view];
  const item = 'item' in ROUTES[view] && params?.indicator ? `${params.indicator}/` : '';
  return segment ? `/${lang}/${segment}/${item}` : `/${lang}/`;
}

/** The query string of a route, with only the parameters its view uses, in a stable order. */
export function serializeParams(view: View, params: ViewParams): string {
  const query = new URLSearchParams();
  const allowed = paramsOf(view);
  if (allowed.includes('sector') && params.sector) query.set('sector', params.sector);
  if (allowed.includes('sectors') && params.sectors.length)
    query.set('sectors', params.sectors.join(','));
  if (allowed.includes('ids') && params.ids.length) query.set('ids', params.ids.join(','));
  if (allowed.includes('indicators') && params.indicators?.length)
    query.set('indicators', params.indicators.join(','));
  if (allowed.includes('q') && params.q) query.set('q', params.q);
  if (allowed.includes('figure') && params.figure) query.set('figure', params.figure);
  if (allowed.includes('article') && params.article) query.set('article', params.article);
  if (allowed.includes('sort') && params.sort) query.set('sort', params.sort);
  if (allowed.includes('dir') && params.dir) query.set('dir', params.dir);
  if (allowed.includes('page') && params.page && params.page > 1)
    query.set('page', String(params.page));
  // Commas in lists read better unescaped and are safe in a query value.
  const text = query.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** The full href of a route under a base: `/base/zh/compare/?sectors=cement,power`. */
export function routeHref(route: Pick<Route, 'lang' | 'view' | 'params'>, base = '/'): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${viewPath(route.lang, route.view, route.params)}${serializeParams(route.view, route.params)}`;
}

/**
 * Every prerendered path, relative to the base: each view of the route table in each language,
 * and each item's view for every item (`indicators`: the ids of the indicators with figures).
 */
export function allViewPaths(langs: readonly Lang[], indicators: readonly string[] = []): string[] {
  return langs.flatMap((lang) =>
    VIEWS.flatMap((view) =>
      'item' in ROUTES[view]
        ? indicators.map((indicator) => viewPath(lang, view, { indicator }))
        : [viewPath(lang, view)],
    ),
  );
}

/** Identifies what a prerendered page shows, so the client hydrates only the same route. */
export function routeKey(parsed: ParsedLocation): string {
  const { route } = parsed;
  // A not-found page names the path asked for, so it only hydrates over its own HTML.
  if (route.notFound) return `${route.lang}:not-found:${parsed.notices[0]?.value ?? ''}`;
  // A URL with unusable parts shows notices the prerendered page doesn't have: render afresh.
  const flagged = parsed.notices.length > 0 ? '!' : '';
  const item = route.params.indicator ? `/${route.params.indicator}` : '';
  return `${route.lang}:${route.view}${item}${serializeParams(route.view, route.params)}${flagged}`;
}
