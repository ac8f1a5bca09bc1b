/**
 * Which part of the data a page starts from (data/subsets.ts makes the parts at build): the
 * overview and the index the summary, an indicator's page its own figures (`indicator:<id>`),
 * every other page all of it. Apart from the subsets, so the first script a page runs carries
 * only these few lines.
 */
export type DataScope = string;

/**
 * The embed of compare's selection, `/en/embed/compare/?indicators=…`, beside the embeds of
 * single indicators (`/en/embed/cement-output/`): no indicator may have this id (vocabulary.ts).
 */
export const EMBED_COMPARE = 'compare';

/** The part of the data a route starts from. */
export function scopeFor(route: { view: string; params: { indicator?: string } }): DataScope {
  const { view, params } = route;
  if (view === 'overview' || view === 'indicators') return 'summary';
  // An indicator's embed too, not compare's.
  const own = (view === 'indicator' || view === 'embed') && params.indicator;
  return own && own !== EMBED_COMPARE ? `indicator:${own}` : 'all';
}

/** Whether data of `scope` holds everything `route` shows: all of it, or the route's own part. */
export const scopeCovers = (
  scope: DataScope,
  route: { view: string; params: { indicator?: string } },
): boolean => scope === 'all' || scope === scopeFor(route);
