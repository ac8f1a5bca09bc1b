import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';
import { navigateTo, resolveTarget, type RouteTarget } from './navigation';
import type { Route, UrlNotice } from './url-state';

/** Makes everything a route's first render needs ready: given by the app (app/boot.ts). */
export type PrepareRoute = (route: Route) => Promise<void>;

export interface RouteSlice {
  route: Route;
  /** What in the URL could not be used, shown to the reader as a notice. */
  urlNotices: UrlNotice[];
  /** Sets the route as it is; the address bar is the caller's (navigate, Back/Forward). */
  setRoute: (route: Route, notices?: UrlNotice[]) => void;
  /** Goes to a route given in part (same language and view unless named), as a link does. */
  navigate: (target: RouteTarget, options?: { replace?: boolean }) => Promise<void>;
  /** Shows the route the address bar names (Back/Forward), with its notices. */
  showLocation: (route: Route, notices: UrlNotice[]) => Promise<void>;
}

/** A route is shown as soon as it is set: the server renderer and tests need nothing prepared. */
const READY: PrepareRoute = () => Promise.resolve();

export const createRouteSlice =
  (
    route: Route,
    notices: UrlNotice[],
    prepare: PrepareRoute = READY,
  ): StateCreator<AppState, [], [], RouteSlice> =>
  (set, get) => ({
    route,
    urlNotices: notices,
    setRoute: (next, nextNotices = []) => set({ route: next, urlNotices: nextNotices }),
    navigate: (target, options) =>
      navigateTo(
        resolveTarget(get().route, target),
        prepare,
        (next) => get().setRoute(next),
        options,
      ),
    showLocation: async (next, nextNotices) => {
      await prepare(next);
      get().setRoute(next, nextNotices);
    },
  });
