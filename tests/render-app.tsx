import { render } from '@testing-library/react';
import type { i18n } from 'i18next';
import { App } from '../src/app/app';
import { bootApp } from '../src/app/boot';
import { loadPage, pageKey } from '../src/app/pages';
import { beforeRouteRender } from '../src/store/route-hooks';
import { loadFromDisk } from '../scripts/vite/datasets-plugin';
import type { LoadResult } from '../src/data/load';
import { parseLocation } from '../src/store/url-state';

let realData: LoadResult | undefined;

/** The curated data from data/ and seeds/, validated exactly as the app build does. */
export function realDataset(): LoadResult {
  realData ??= loadFromDisk(process.cwd());
  return realData;
}

/**
 * Renders the whole app (layout, store, real i18next) at a URL such as `/en/table/?sector=cement`,
 * as a reader would arrive there. Pass `data` to render with a different (e.g. broken) dataset.
 */
export async function renderApp(
  url: string,
  options: { data?: LoadResult; beforeRender?: (i18n: i18n) => void } = {},
) {
  const [pathname = '/', search = ''] = url.split('?');
  window.history.replaceState(null, '', url);
  const parsed = parseLocation(pathname, search ? `?${search}` : '', '/');
  const { store, i18n } = bootApp(parsed, options.data ?? realDataset());
  await loadPage(pageKey(parsed.route));
  await beforeRouteRender('render');
  options.beforeRender?.(i18n);
  const result = render(<App store={store} i18n={i18n} />);
  return { ...result, store, i18n };
}
