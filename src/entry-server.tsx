import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import './i18n/register-all';
import { App } from './app/app';
import { bootApp, loadBundledData } from './app/boot';
import type { HeadInfo } from './app/head';
import { previewCard, type PreviewCard } from './app/preview';
import { loadPage, type PageKey } from './app/pages';
import { RootChooser } from './app/root-chooser';
import { previewPath } from './store/preview-path';
import { beforeRouteRender } from './store/route-hooks';
import { VIEWS, parseLocation, routeKey } from './store/url-state';

export interface RenderedPage {
  html: string;
  head: HeadInfo;
  routeKey: string;
  /** The page's preview image: where the build writes it, and what it shows. */
  preview: { path: string; card: PreviewCard };
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
  const { headFor, headItem } = await import('./app/head');
  const { store, i18n } = bootApp(parsed, data);
  const html = renderToString(
    <StrictMode>
      <App store={store} i18n={i18n} />
    </StrictMode>,
  );
  const { route } = parsed;
  const item = headItem(store.getState(), route, i18n.t);
  return {
    html,
    head: headFor(route, i18n.t, base, origin, item),
    routeKey: routeKey(parsed),
    preview: { path: previewPath(route), card: previewCard(store.getState(), route, i18n.t) },
  };
}

/** The static markup of `/`, which sends visitors on to their language. */
export function renderRoot(base: string): string {
  return renderToStaticMarkup(<RootChooser base={base} />);
}
