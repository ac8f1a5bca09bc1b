import type { ComponentType } from 'react';
import { EMBED_COMPARE } from '../data/scope';
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

export { EMBED_COMPARE } from '../data/scope';

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
  // A chart alone, for an iframe on another site (features/embed): an indicator's, or compare's.
  embed: { segment: 'embed', params: ['indicators'], item: 'indicator' },
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

/** The navigation's view a view belongs to: an indicator's page to the indicators. */
export function navViewOf(view: View): View {
  return NAV_VIEWS.find((v) => ROUTES[v].segment === ROUTES[view].segment) ?? view;
}

function paramsOf(view: View): readonly (keyof ViewParams)[] {
  return ROUTES[view].params;
}

/** The view whose path segment is `segment`, of one item when `item`; undefined for none. */
function viewAt(segment: string, item: boolean): View | undefined {
  return VIEWS.find((view) => ROUTES[view].segment === segment && 'item' in ROUTES[view] === item);
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

type QueryParam = Exclude<keyof ViewParams, 'indicator'>;

/** A parameter's value as the page uses it, or undefined when the text is not a valid one. */
type Reader = (raw: string) => unknown;
const oneOf =
  (allowed: readonly string[]): Reader =>
  (raw) =>
    allowed.includes(raw) ? raw : undefined;
const idOf =
  (shape: RegExp): Reader =>
  (raw) =>
    raw.length <= MAX_ID_LENGTH && shape.test(raw) ? raw : undefined;

/** How each query parameter is read; the lists hold one such value per comma-separated item. */
const READERS: Record<QueryParam, Reader> = {
  sector: oneOf(SECTORS),
  sectors: oneOf(SECTORS),
  ids: idOf(ID_SHAPE),
  indicators: idOf(KEBAB),
  // Free text, shown back only as text.
  q: (raw) => raw.trim().slice(0, MAX_QUERY),
  figure: idOf(ID_SHAPE),
  article: idOf(KEBAB),
  sort: oneOf(SORT_KEYS),
  dir: oneOf(['asc', 'desc']),
  page: (raw) => (/^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : undefined),
};
const LIST_PARAMS: ReadonlySet<string> = new Set(['sectors', 'ids', 'indicators']);

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
  const values = params as unknown as Record<string, unknown>;
  for (const [name, raw] of query) {
    const reader = READERS[name as QueryParam];
    if (seen.has(name)) {
      notices.push({ kind: 'duplicate', name: clip(name), value: clip(raw) });
    } else if (!reader || !(allowed as readonly string[]).includes(name)) {
      notices.push({ kind: 'unknown-param', name: clip(name), value: clip(raw) });
    } else if (LIST_PARAMS.has(name)) {
      const list: unknown[] = [];
      for (const part of splitList(raw)) {
        const value = reader(part);
        if (value === undefined) notices.push({ kind: 'invalid-value', name, value: clip(part) });
        else if (list.includes(value)) notices.push({ kind: 'duplicate', name, value: part });
        else list.push(value);
      }
      values[name] = list;
    } else {
      const value = reader(raw);
      if (value === undefined) notices.push({ kind: 'invalid-value', name, value: clip(raw) });
      // An empty search is no search.
      else if (value !== '') values[name] = value;
    }
    seen.add(name);
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
  const values = params as unknown as Record<string, unknown>;
  // In the readers' order, whatever order the route table lists them in.
  for (const name of Object.keys(READERS)) {
    const value = values[name];
    if (!(paramsOf(view) as readonly string[]).includes(name)) continue;
    if (Array.isArray(value)) {
      if (value.length) query.set(name, value.join(','));
    } else if (value !== undefined && value !== '' && !(name === 'page' && value === 1)) {
      query.set(name, String(value));
    }
  }
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
 * and each item's view for every item (`indicators`: the ids of the indicators with figures), and
 * the embed of compare.
 */
export function allViewPaths(langs: readonly Lang[], indicators: readonly string[] = []): string[] {
  return langs.flatMap((lang) =>
    VIEWS.flatMap((view) =>
      'item' in ROUTES[view]
        ? [...indicators, ...(view === 'embed' ? [EMBED_COMPARE] : [])].map((indicator) =>
            viewPath(lang, view, { indicator }),
          )
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
