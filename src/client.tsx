import { StrictMode, startTransition } from 'react';
import { App } from './app/app';
import { bootApp, loadBundledData } from './app/boot';
import { loadPage, pageKey } from './app/pages';
import { scopeFor } from './data/scope';
import { loadLanguage } from './i18n';
import { EXACT_DIGITS, numberFormat } from './format/number';
import { INTL_LOCALE, type Lang } from './i18n/languages';
import { BASE } from './store/navigation';
import { beforeRouteRender } from './store/route-hooks';
import { EMPTY_PARAMS, parseLocation, routeHref, routeKey } from './store/url-state';

/** Lets the browser run other tasks (input, paint) before the next step of the start-up. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Sets up ICU for the page's language in two tasks (start() yields after the second), so no
 * component that formats a figure pays for it. The first Intl object a page creates makes
 * Chromium load ICU's data, a long task. Most of it is two parts: the locale's likely subtags
 * and the list of locales number formats support; the first format after them is cheap. (A
 * worker doing the set-up off the main thread, shared by the process, lost on a 2-core machine:
 * its thread competed with the page, which blocked longer with it than without.)
 */
async function setUpIntl(lang: Lang): Promise<void> {
  // Every browser the build targets (Vite's baseline-widely-available) has Intl.Locale.
  new Intl.Locale(INTL_LOCALE[lang]).maximize();
  await yieldToBrowser();
  // The format the figures use, kept in the formatters' cache.
  numberFormat(lang, 0, EXACT_DIGITS).format(0);
}

/**
 * Starts the app: loads what the route needs, then hydrates the prerendered page. Each step runs
 * in its own task, so a tap while the app starts waits for one step, not for all of them: React
 * DOM is its own chunk and is evaluated apart from the app's modules, and hydration runs in
 * slices of a few milliseconds (see below).
 */
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
  // React DOM, the page's chunk, its language's strings and the data load in parallel; ICU is
  // set up while they do.
  const loading = Promise.all([
    import('react-dom/client'),
    loadBundledData(scopeFor(parsed.route)),
    loadLanguage(parsed.route.lang),
    loadPage(pageKey(parsed.route)),
  ]);
  // The modules were just evaluated in this task: ICU's first part gets a task of its own.
  await yieldToBrowser();
  await setUpIntl(parsed.route.lang);
  const [reactDom, { data, scope }] = await loading;
  await yieldToBrowser();
  const { store, i18n } = bootApp(parsed, data, scope);
  await yieldToBrowser();

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const hydrate = container.dataset.route === routeKey(parsed);
  // Hydrating, the page's charts keep their server HTML until they near the viewport; rendering
  // afresh, their code loads first (components/charts/deferred-chart.tsx).
  await beforeRouteRender(hydrate ? 'hydrate' : 'render');
  const app = (
    <StrictMode>
      <App store={store} i18n={i18n} headIsCurrent={hydrate} />
    </StrictMode>
  );
  // Hydrate only what the server rendered; a 404 page or a filtered view renders afresh. Either
  // runs as a transition, so React works in slices of a few milliseconds and yields to the browser
  // between them (a default-priority hydration is one long task); the page is already painted.
  startTransition(() => {
    if (hydrate) reactDom.hydrateRoot(container, app);
    else reactDom.createRoot(container).render(app);
  });
}
