import { SECTORS, type Sector } from '../data/vocab';
import { isLang, type Lang } from '../i18n/languages';

/** The views of the dashboard; each has a path segment under the language (`/zh/table/`). */
export const VIEWS = ['overview', 'table', 'compare', 'sources'] as const;
export type View = (typeof VIEWS)[number];

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

const PARAMS_BY_VIEW: Record<View, readonly (keyof ViewParams)[]> = {
  overview: ['sector'],
  table: ['sector', 'sort', 'dir', 'page'],
  compare: ['sectors', 'ids'],
  sources: ['figure', 'article'],
};

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
  const view: View | undefined =
    second === undefined
      ? 'overview'
      : (VIEWS as readonly string[]).includes(second) && second !== 'overview'
        ? (second as View)
        : undefined;
  if (view === undefined || rest.length > 0) {
    return {
      route: { lang, view: 'overview', params: EMPTY_PARAMS, notFound: true },
      notices: [{ kind: 'unknown-path', name: 'path', value: clip(inner) }],
      needsLanguage: false,
    };
  }

  const params: ViewParams = { sectors: [], ids: [] };
  const allowed = PARAMS_BY_VIEW[view];
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
  return view === 'overview' ? `/${lang}/` : `/${lang}/${view}/`;
}

/** The query string of a route, with only the parameters its view uses, in a stable order. */
export function serializeParams(view: View, params: ViewParams): string {
  const query = new URLSearchParams();
  const allowed = PARAMS_BY_VIEW[view];
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

/** Every prerendered path, relative to the base. */
export function allViewPaths(langs: readonly Lang[]): string[] {
  return langs.flatMap((lang) => VIEWS.map((view) => viewPath(lang, view)));
}
