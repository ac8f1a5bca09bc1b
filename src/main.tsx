import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { bootApp, routeKey } from './app/boot';
import { loadPage } from './app/pages';
import { BASE } from './app/router';
import { detectLanguage } from './i18n/preference';
import { EMPTY_PARAMS, parseLocation, routeHref } from './store/url-state';
import './styles.css';

async function start() {
  const parsed = parseLocation(window.location.pathname, window.location.search, BASE);
  if (parsed.needsLanguage) {
    const lang = detectLanguage();
    if (!parsed.route.notFound) {
      window.location.replace(routeHref({ lang, view: 'overview', params: EMPTY_PARAMS }, BASE));
      return;
    }
    parsed.route = { ...parsed.route, lang };
  }
  const { store, i18n } = bootApp(parsed);
  if (!parsed.route.notFound) await loadPage(parsed.route.view);

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

void start();
