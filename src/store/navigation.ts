import type { Lang } from '../i18n/languages';
import { EMPTY_PARAMS, routeHref, type Route, type View, type ViewParams } from './url-state';

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
 * Moves to `next`: once the click's frame is painted, updates the address bar, waits until the
 * route can render completely (`prepare`: its page's code, its strings, its deferred parts), then
 * shows it (`show`). `replace` edits the current history entry (for filters that should not pile
 * up in Back).
 */
export async function navigateTo(
  next: Route,
  prepare: (route: Route) => Promise<void>,
  show: (route: Route) => void,
  options: { replace?: boolean } = {},
): Promise<void> {
  // The busy state is set on the element, not through the store: a store change would make React
  // re-render before the click's frame, and that frame is what a reader waits for.
  const main = document.getElementById('main');
  main?.setAttribute('aria-busy', 'true');
  try {
    await afterNextPaint();
    // The address changes after that frame too: pushState is slow enough in Chromium to delay
    // the click's feedback (see the bench's interaction measures).
    const href = routeHref(next, BASE);
    if (options.replace) window.history.replaceState(null, '', href);
    else window.history.pushState(null, '', href);
    await prepare(next);
    show(next);
  } finally {
    main?.removeAttribute('aria-busy');
  }
}
