import type { View } from '../../src/store/url-state.ts';

export type BenchRoute = {
  /** Site path with query, e.g. '/en/compare/?sectors=cement,power'. */
  path: string;
  view: View;
  lang: 'zh' | 'en';
  /** A view with parameters: JS in full runs, Lighthouse only with --extra-routes. */
  optional?: boolean;
};

/** Every view in both languages (an indicator's and its embed), then views with parameters. */
export const BENCH_ROUTES: readonly BenchRoute[] = [
  { path: '/zh/', view: 'overview', lang: 'zh' },
  { path: '/en/', view: 'overview', lang: 'en' },
  { path: '/zh/indicators/', view: 'indicators', lang: 'zh' },
  { path: '/en/indicators/', view: 'indicators', lang: 'en' },
  { path: '/zh/indicators/cement-output/', view: 'indicator', lang: 'zh' },
  { path: '/en/indicators/cement-output/', view: 'indicator', lang: 'en' },
  { path: '/zh/table/', view: 'table', lang: 'zh' },
  { path: '/en/table/', view: 'table', lang: 'en' },
  { path: '/zh/compare/', view: 'compare', lang: 'zh' },
  { path: '/en/compare/', view: 'compare', lang: 'en' },
  { path: '/zh/sources/', view: 'sources', lang: 'zh' },
  { path: '/en/sources/', view: 'sources', lang: 'en' },
  { path: '/zh/embed/cement-output/', view: 'embed', lang: 'zh' },
  { path: '/en/embed/cement-output/', view: 'embed', lang: 'en' },
  { path: '/en/compare/?sectors=cement,power', view: 'compare', lang: 'en', optional: true },
  {
    path: '/en/compare/?indicators=cement-output,power-new-customers',
    view: 'compare',
    lang: 'en',
    optional: true,
  },
  { path: '/en/sources/?figure=cement.output-h1', view: 'sources', lang: 'en', optional: true },
  {
    path: '/en/embed/compare/?indicators=cement-output,power-new-customers',
    view: 'embed',
    lang: 'en',
    optional: true,
  },
];

/** --quick: the English route of each view; else every view in both languages, plus the
 * views with parameters when `withOptional`. */
export function routesFor(quick: boolean, withOptional: boolean): BenchRoute[] {
  return BENCH_ROUTES.filter((r) =>
    quick ? r.lang === 'en' && !r.optional : withOptional || !r.optional,
  );
}
