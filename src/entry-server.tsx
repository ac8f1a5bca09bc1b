import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import './i18n/register-all';
import { App } from './app/app';
import { bootApp, loadBundledData } from './app/boot';
import type { HeadInfo } from './app/head';
import { loadPage, type PageKey } from './app/pages';
import { RootChooser } from './app/root-chooser';
import { beforeRouteRender } from './store/route-hooks';
import { VIEWS, parseLocation, routeKey } from './store/url-state';

export interface RenderedPage {
  html: string;
  head: HeadInfo;
  routeKey: string;
}

/** Renders one path (relative to the base) to HTML, for prerendering at build time. */
export async function render(path: string, base: string, origin: string): Promise<RenderedPage> {
  const keys: PageKey[] = [...VIEWS, 'not-found'];
  await Promise.all(keys.map((key) => loadPage(key)));
  await beforeRouteRender('render');
  const [pathname = '/', search = ''] = path.split('?');
  const parsed = parseLocation(`${base.replace(/\/$/, '')}${pathname}`, search, base);
  const { data } = await loadBundledData();
  // Imported as the client does (app.tsx), so the client build keeps it in a chunk of its own.
  const { headFor } = await import('./app/head');
  const { store, i18n } = bootApp(parsed, data);
  const html = renderToString(
    <StrictMode>
      <App store={store} i18n={i18n} />
    </StrictMode>,
  );
  const { route } = parsed;
  const itemName = store.getState().indicators.get(route.params.indicator ?? '')?.name[route.lang];
  return {
    html,
    head: headFor(route, i18n.t, base, origin, itemName),
    routeKey: routeKey(parsed),
  };
}

/** The static markup of `/`, which sends visitors on to their language. */
export function renderRoot(base: string): string {
  return renderToStaticMarkup(<RootChooser base={base} />);
}
