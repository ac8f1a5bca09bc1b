import type { Route } from './url-state';

/**
 * The name of a route's preview image, `og/<lang>/<name>.png` (drawn at build): the indicator's
 * id for an indicator's page and its embed, else the view (a 404 has the overview's; compare's
 * embed, `embed/compare/`, compare's).
 */
export function previewName(route: Pick<Route, 'view' | 'params' | 'notFound'>): string {
  if (route.notFound) return 'overview';
  if (route.view === 'indicator' || route.view === 'embed') {
    return route.params.indicator ?? 'overview';
  }
  return route.view;
}

/** A route's preview image, relative to the site's base: `og/en/cement-output.png`. */
export function previewPath(route: Pick<Route, 'lang' | 'view' | 'params' | 'notFound'>): string {
  return `og/${route.lang}/${previewName(route)}.png`;
}
