/**
 * Which part of the data a page starts from (data/subsets.ts makes the parts at build): the
 * overview and the index the summary, an indicator's page its own figures (`indicator:<id>`),
 * every other page all of it. Apart from the subsets, so the first script a page runs carries
 * only these few lines.
 */
export type DataScope = string;

/** The part of the data a route starts from. */
export function scopeFor(route: { view: string; params: { indicator?: string } }): DataScope {
  const { view, params } = route;
  if (view === 'overview' || view === 'indicators') return 'summary';
  // An indicator's embed too (not compare's, `embed/compare/`: no indicator has that id).
  const own = (view === 'indicator' || view === 'embed') && params.indicator;
  return own && own !== 'compare' ? `indicator:${own}` : 'all';
}

/** Whether data of `scope` holds everything `route` shows: all of it, or the route's own part. */
export const scopeCovers = (
  scope: DataScope,
  route: { view: string; params: { indicator?: string } },
): boolean => scope === 'all' || scope === scopeFor(route);
