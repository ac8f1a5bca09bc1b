import type { ComponentType } from 'react';
import { SECTORS, type Sector } from '../data/vocab';
import { isLang, type Lang } from '../i18n/languages';

export const SORT_KEYS = ['sector', 'name', 'value', 'period', 'region'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export const MAX_COMPARE = 4;
/** Ids longer than this are never real: dropped before they reach a lookup or the page. */
const MAX_ID_LENGTH = 80;
const MAX_LIST = 50;
const ID_SHAPE = /^[a-z0-9][a-z0-9.-]*$/;

export interface ViewParams {
  sector?: Sector;
  sectors: Sector[];
  ids: string[];
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
  table: { segment: 'table', params: ['sector', 'sort', 'dir', 'page'] },
  compare: { segment: 'compare', params: ['sectors', 'ids'] },
  sources: { segment: 'sources', params: ['figure', 'article'] },
} as const satisfies Record<string, RouteSpec>;

export type View = keyof typeof ROUTES;

/** What a view's page module exports as `page`. */
export interface PageModule {
  component: ComponentType;
  /** Loads what the page needs before its first render (beside its code and the data). */
  prepare?: () => Promise<unknown>;
}
/** The views in the order the site's navigation lists them. */
export const VIEWS = Object.keys(ROUTES) as View[];

function paramsOf(view: View): readonly (keyof ViewParams)[] {
  return ROUTES[view].params;
}

/** The view whose path segment is `segment`; undefined for none. */
function viewAt(segment: string): View | undefined {
  return VIEWS.find((view) => ROUTES[view].segment === segment);
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
  const view = viewAt(second ?? '');
  if (view === undefined || rest.length > 0) {
    return {
      route: { lang, view: 'overview', params: EMPTY_PARAMS, notFound: true },
      notices: [{ kind: 'unknown-path', name: 'path', value: clip(inner) }],
      needsLanguage: false,
    };
  }

  const params: ViewParams = { sectors: [], ids: [] };
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
      case 'figure':
        if (raw.length <= MAX_ID_LENGTH && ID_SHAPE.test(raw)) params.figure = raw;
        else notices.push({ kind: 'invalid-value', name, value: clip(raw) });
        break;
      case 'article':
        if (raw.length <= MAX_ID_LENGTH && /^[a-z0-9][a-z0-9-]*$/.test(raw)) params.article = raw;
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
  if (params.sectors.length + params.ids.length > MAX_COMPARE) {
    const total = params.sectors.length + params.ids.length;
    notices.push({ kind: 'too-many', name: 'compare', value: String(total) });
    params.sectors = params.sectors.slice(0, MAX_COMPARE);
    params.ids = params.ids.slice(0, MAX_COMPARE - params.sectors.length);
  }
  return { route: { lang, view, params }, notices, needsLanguage: false };
}

/** The path of a view, relative to the base: `/zh/table/`. */
export function viewPath(lang: Lang, view: View): string {
  const { segment } = ROUTES[view];
  return segment ? `/${lang}/${segment}/` : `/${lang}/`;
}

/** The query string of a route, with only the parameters its view uses, in a stable order. */
export function serializeParams(view: View, params: ViewParams): string {
  const query = new URLSearchParams();
  const allowed = paramsOf(view);
  if (allowed.includes('sector') && params.sector) query.set('sector', params.sector);
  if (allowed.includes('sectors') && params.sectors.length)
    query.set('sectors', params.sectors.join(','));
  if (allowed.includes('ids') && params.ids.length) query.set('ids', params.ids.join(','));
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
  return `${prefix}${viewPath(route.lang, route.view)}${serializeParams(route.view, route.params)}`;
}

/** Every prerendered path, relative to the base: each view of the route table in each language. */
export function allViewPaths(langs: readonly Lang[]): string[] {
  return langs.flatMap((lang) => VIEWS.map((view) => viewPath(lang, view)));
}

/** Identifies what a prerendered page shows, so the client hydrates only the same route. */
export function routeKey(parsed: ParsedLocation): string {
  const { route } = parsed;
  // A not-found page names the path asked for, so it only hydrates over its own HTML.
  if (route.notFound) return `${route.lang}:not-found:${parsed.notices[0]?.value ?? ''}`;
  // A URL with unusable parts shows notices the prerendered page doesn't have: render afresh.
  const flagged = parsed.notices.length > 0 ? '!' : '';
  return `${route.lang}:${route.view}${serializeParams(route.view, route.params)}${flagged}`;
}
