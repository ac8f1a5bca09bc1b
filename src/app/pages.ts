import type { ComponentType } from 'react';
import type { Route, View } from '../store/url-state';

/** What a route shows: one of the views, or the not-found page for a path that names none. */
export type PageKey = View | 'not-found';

export function pageKey(route: Pick<Route, 'view' | 'notFound'>): PageKey {
  return route.notFound ? 'not-found' : route.view;
}

/**
 * Each page is its own chunk, the not-found page too (few readers ever see it). The client loads
 * the current page's chunk before hydrating, so prerendered HTML and the first render match;
 * later pages load on navigation.
 */
export const PAGE_LOADERS: Record<PageKey, () => Promise<ComponentType>> = {
  overview: () => import('../features/overview/overview-page').then((m) => m.OverviewPage),
  table: () => import('../features/table/table-page').then((m) => m.TablePage),
  compare: () => import('../features/compare/compare-page').then((m) => m.ComparePage),
  sources: () =>
    import('../features/sources/sources-page').then(async (m) => {
      await m.loadArticleTexts();
      return m.SourcesPage;
    }),
  'not-found': () => import('./not-found-page').then((m) => m.NotFoundPage),
};

const loaded = new Map<PageKey, ComponentType>();

export async function loadPage(key: PageKey): Promise<ComponentType> {
  const cached = loaded.get(key);
  if (cached) return cached;
  const page = await PAGE_LOADERS[key]();
  loaded.set(key, page);
  return page;
}

export function getLoadedPage(key: PageKey): ComponentType | undefined {
  return loaded.get(key);
}
