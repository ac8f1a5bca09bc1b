import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { LoadResult } from '../data/load';
import type { DataScope } from '../data/scope';
import { createDataSlice, type DataSlice } from './data-slice';
import { createRouteSlice, type PrepareRoute, type RouteSlice } from './route-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import type { Route, UrlNotice } from './url-state';

export type AppState = DataSlice & UiSlice & RouteSlice;
export type AppStore = StoreApi<AppState>;

export interface StoreInit {
  data: LoadResult;
  route: Route;
  notices?: UrlNotice[];
  /** What a navigation waits for before the new route renders (see route-slice.ts). */
  prepareRoute?: PrepareRoute;
  /** The part of the data `data` is (see data/scope.ts). */
  scope?: DataScope;
}

/**
 * One store per page render (server or browser), so prerendering many pages never shares state.
 * The saved theme is read after hydration (`loadSavedTheme`, store/theme.ts).
 */
export function createAppStore({
  data,
  route,
  notices = [],
  prepareRoute,
  scope,
}: StoreInit): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createDataSlice(data, scope)(...a),
    ...createUiSlice(...a),
    ...createRouteSlice(route, notices, prepareRoute)(...a),
  }));
}

export const StoreContext = createContext<AppStore | null>(null);

/** Reads the app store through a narrow selector. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreContext.Provider>');
  return useStore(store, selector);
}

/** The store itself, for event handlers that read state without subscribing. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStoreApi must be used inside <StoreContext.Provider>');
  return store;
}
