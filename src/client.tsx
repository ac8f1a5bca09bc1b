import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { bootApp, loadBundledData, routeKey } from './app/boot';
import { loadPage } from './app/pages';
import { BASE } from './app/router';
import { loadLanguage } from './i18n';
import { EMPTY_PARAMS, parseLocation, routeHref } from './store/url-state';

/** Starts the app: loads what the route needs, then hydrates the prerendered page. */
export async function start() {
  const parsed = parseLocation(window.location.pathname, window.location.search, BASE);
  if (parsed.needsLanguage) {
    // The detector is only needed here and on a language switch: it stays out of the main chunk.
    const { detectLanguage } = await import('./i18n/preference');
    const lang = detectLanguage();
    if (!parsed.route.notFound) {
      window.location.replace(routeHref({ lang, view: 'overview', params: EMPTY_PARAMS }, BASE));
      return;
    }
    parsed.route = { ...parsed.route, lang };
  }
  // The page's chunk and its language's strings load in parallel, before hydration.
  const [data] = await Promise.all([
    loadBundledData(),
    loadLanguage(parsed.route.lang),
    parsed.route.notFound ? undefined : loadPage(parsed.route.view),
  ]);
  const { store, i18n } = bootApp(parsed, data);

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const app = (
    <StrictMode>
      <App store={store} i18n={i18n} />
    </StrictMode>
  );
  // Hydrate only what the server rendered; a 404 page or a filtered view renders afresh.
  if (container.dataset.route === routeKey(parsed)) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
