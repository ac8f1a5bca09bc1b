import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';
import type { Route, UrlNotice } from './url-state';

export interface RouteSlice {
  route: Route;
  /** What in the URL could not be used, shown to the reader as a notice. */
  urlNotices: UrlNotice[];
  /** Sets the route; the router keeps the address bar in step (see app/router.ts). */
  setRoute: (route: Route, notices?: UrlNotice[]) => void;
}

export const createRouteSlice =
  (route: Route, notices: UrlNotice[]): StateCreator<AppState, [], [], RouteSlice> =>
  (set) => ({
    route,
    urlNotices: notices,
    setRoute: (next, nextNotices = []) => set({ route: next, urlNotices: nextNotices }),
  });
