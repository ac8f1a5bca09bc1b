import type { i18n as I18n } from 'i18next';
import { bundledData, loadAllInto } from '../data/bundled';
import type { LoadResult } from '../data/load';
import { createI18n, loadLanguage, switchLanguage } from '../i18n';
import { scopeCovers, type DataScope } from '../data/scope';
import { createAppStore, type AppStore } from '../store/app-store';
import { beforeRouteRender } from '../store/route-hooks';
import type { ParsedLocation, Route } from '../store/url-state';
import { loadPage, pageKey } from './pages';

/** The shipped data, validated with the same schema as `check:data`: the part `scope` names. */
export function loadBundledData(
  scope?: DataScope,
): Promise<{ data: LoadResult; scope: DataScope }> {
  return bundledData(scope);
}

/**
 * Everything a route's first render needs, so it is complete and in its language: the page's
 * chunk and the language's strings, then what the pages' code registered (the code of their
 * deferred charts, and the current page's deferred charts hydrated:
 * components/charts/deferred-chart.tsx). The language changes last: a change reaching a part
 * React has not hydrated yet would make it throw that part's server HTML away.
 */
async function prepareRoute(i18n: I18n, store: AppStore, route: Route): Promise<void> {
  // A page that started from a part of the data loads the whole before showing another view.
  const data = scopeCovers(store.getState().scope, route) ? undefined : loadAllInto(store);
  await Promise.all([loadPage(pageKey(route)), loadLanguage(route.lang), data]);
  await beforeRouteRender('navigate');
  await switchLanguage(i18n, route.lang);
}

/** Store and i18n for one page render, shared by the server renderer and the browser. */
export function bootApp(parsed: ParsedLocation, data: LoadResult, scope?: DataScope) {
  const i18n = createI18n(parsed.route.lang);
  const store: AppStore = createAppStore({
    data,
    route: parsed.route,
    notices: parsed.notices,
    prepareRoute: (route) => prepareRoute(i18n, store, route),
    scope,
  });
  return { store, i18n };
}
