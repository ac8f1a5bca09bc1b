import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { useAppStoreApi, type AppStore } from '../store/app-store';
import {
  EMPTY_PARAMS,
  parseLocation,
  routeHref,
  type Route,
  type View,
  type ViewParams,
} from '../store/url-state';
import { switchLanguage } from '../i18n';
import type { Lang } from '../i18n/languages';
import { loadPage, pageKey } from './pages';
import { beforeRouteRender } from './route-hooks';

/** The deployment base (`/` or a sub-path such as `/dashboard/`). */
export const BASE = import.meta.env.BASE_URL;

export interface RouteTarget {
  lang?: Lang;
  view?: View;
  params?: Partial<ViewParams>;
}

/** Fills a partial target from the current route: same language and view unless given. */
export function resolveTarget(current: Route, target: RouteTarget): Route {
  const view = target.view ?? current.view;
  const sameView = view === current.view && !current.notFound;
  return {
    lang: target.lang ?? current.lang,
    view,
    params: { ...(sameView ? current.params : EMPTY_PARAMS), ...target.params },
  };
}

export function hrefFor(current: Route, target: RouteTarget): string {
  return routeHref(resolveTarget(current, target), BASE);
}

/**
 * Resolves after the browser has painted the current frame. Rendering a whole view in a new
 * language takes a while on a slow phone; yielding first lets the click's feedback (the busy
 * state) reach the screen at once instead of after the render.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    } else setTimeout(resolve, 0);
  });
}

/**
 * Everything a route's first render needs, so it is complete and in its language: the page's
 * chunk and the language's strings, then what the pages' code registered (the code of their
 * deferred parts, and the current page's deferred parts hydrated: components/ui/deferred.tsx).
 */
async function prepare(i18n: I18n, route: Route): Promise<void> {
  await Promise.all([loadPage(pageKey(route)), switchLanguage(i18n, route.lang)]);
  await beforeRouteRender('navigate');
}

async function show(store: AppStore, i18n: I18n, route: Route) {
  await prepare(i18n, route);
  store.getState().setRoute(route);
}

/**
 * Moves to a route: once the click's frame is painted, updates the address bar, loads the
 * route's page chunk and strings, then updates the store.
 * `replace` edits the current history entry (for filters that should not pile up in Back).
 */
export function useNavigate() {
  const store = useAppStoreApi();
  const { i18n } = useTranslation();
  return useCallback(
    async (target: RouteTarget, options: { replace?: boolean } = {}) => {
      const next = resolveTarget(store.getState().route, target);
      // The busy state is set on the element, not through the store: a store change would make
      // React re-render before the click's frame, and that frame is what a reader waits for.
      const main = document.getElementById('main');
      main?.setAttribute('aria-busy', 'true');
      try {
        await afterNextPaint();
        // The address changes after that frame too: Chromium's history.pushState took 13–49 ms
        // under 4× CPU throttling, as long as the rest of the click (measured).
        const href = routeHref(next, BASE);
        if (options.replace) window.history.replaceState(null, '', href);
        else window.history.pushState(null, '', href);
        await show(store, i18n, next);
      } finally {
        main?.removeAttribute('aria-busy');
      }
    },
    [store, i18n],
  );
}

/** Reads the address bar into the store (Back/Forward). */
export async function syncFromLocation(store: AppStore, i18n: I18n): Promise<void> {
  const { route, notices } = parseLocation(window.location.pathname, window.location.search, BASE);
  await prepare(i18n, route);
  store.getState().setRoute(route, notices);
}
