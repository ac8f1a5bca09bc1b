import type { ComponentType } from 'react';
import type { View } from '../store/url-state';

/**
 * Each view is its own chunk. The client loads the current view's chunk before hydrating, so
 * prerendered HTML and the first render match; later views load on navigation.
 */
export const PAGE_LOADERS: Record<View, () => Promise<ComponentType>> = {
  overview: () => import('../features/overview/overview-page').then((m) => m.OverviewPage),
  table: () => import('../features/table/table-page').then((m) => m.TablePage),
  compare: () => import('../features/compare/compare-page').then((m) => m.ComparePage),
  sources: () => import('../features/sources/sources-page').then((m) => m.SourcesPage),
};

const loaded = new Map<View, ComponentType>();

export async function loadPage(view: View): Promise<ComponentType> {
  const cached = loaded.get(view);
  if (cached) return cached;
  const page = await PAGE_LOADERS[view]();
  loaded.set(view, page);
  return page;
}

export function getLoadedPage(view: View): ComponentType | undefined {
  return loaded.get(view);
}
