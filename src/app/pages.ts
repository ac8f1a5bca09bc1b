import type { ComponentType } from 'react';
import type { PageModule, Route, View } from '../store/url-state';

/** What a route shows: one of the views, or the not-found page for a path that names none. */
export type PageKey = View | 'not-found';

export function pageKey(route: Pick<Route, 'view' | 'notFound'>): PageKey {
  return route.notFound ? 'not-found' : route.view;
}

/**
 * Each view's page module, found by its place: `features/<view>/<view>-page.tsx`, exporting
 * `page`. Each is its own chunk, the not-found page too (few readers ever see it). The client
 * loads the current page's chunk before hydrating, so prerendered HTML and the first render match;
 * later pages load on navigation.
 */
const FEATURE_PAGES = import.meta.glob<PageModule>('../features/*/*-page.tsx', { import: 'page' });

function importPage(key: PageKey): Promise<PageModule> {
  if (key === 'not-found') return import('./not-found-page').then((m) => m.page);
  const importer = FEATURE_PAGES[`../features/${key}/${key}-page.tsx`];
  if (!importer) throw new Error(`No page module for the view ${key}`);
  return importer();
}

const loaded = new Map<PageKey, ComponentType>();

/** The page of a route with everything it needs before its first render. */
export async function loadPage(key: PageKey): Promise<ComponentType> {
  const cached = loaded.get(key);
  if (cached) return cached;
  const page = await importPage(key);
  await page.prepare?.();
  loaded.set(key, page.component);
  return page.component;
}

export function getLoadedPage(key: PageKey): ComponentType | undefined {
  return loaded.get(key);
}
