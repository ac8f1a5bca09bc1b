import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { persist, createJSONStorage } from 'zustand/middleware';
import type { LoadResult } from '../data/load';
import { createDataSlice, type DataSlice } from './data-slice';
import { createRouteSlice, type RouteSlice } from './route-slice';
import { createUiSlice, isTheme, type UiSlice } from './ui-slice';
import type { Route, UrlNotice } from './url-state';

export type AppState = DataSlice & UiSlice & RouteSlice;
export type AppStore = StoreApi<AppState> & {
  persist: { rehydrate: () => Promise<void> | void };
};

export const PREFS_KEY = 'eid.prefs';

export interface StoreInit {
  data: LoadResult;
  route: Route;
  notices?: UrlNotice[];
}

/**
 * One store per page render (server or browser), so prerendering many pages never shares state.
 * Preferences persist to localStorage; they are read after hydration (`rehydrate`) so the
 * server's HTML and the first client render agree.
 */
export function createAppStore({ data, route, notices = [] }: StoreInit): AppStore {
  return createStore<AppState>()(
    persist(
      (...a) => ({
        ...createDataSlice(data)(...a),
        ...createUiSlice(...a),
        ...createRouteSlice(route, notices)(...a),
      }),
      {
        name: PREFS_KEY,
        version: 1,
        skipHydration: true,
        storage: createJSONStorage(() => safeStorage),
        partialize: (s) => ({ theme: s.theme }),
        // A corrupted or foreign saved value is ignored, never fatal.
        merge: (saved, current) => {
          const theme = (saved as { theme?: unknown } | null)?.theme;
          return isTheme(theme) ? { ...current, theme } : current;
        },
      },
    ),
  ) as AppStore;
}

/** localStorage that never throws (private mode, quota, disabled storage). */
const safeStorage = {
  getItem: (key: string): string | null => {
    try {
      const value = globalThis.localStorage?.getItem(key) ?? null;
      if (value !== null) JSON.parse(value); // corrupted JSON reads as nothing saved
      return value;
    } catch {
      return null;
    }
  },
  setItem: (key: string, value: string): void => {
    try {
      globalThis.localStorage?.setItem(key, value);
    } catch {
      // storage full or disabled: the preference lasts for this visit only
    }
  },
  removeItem: (key: string): void => {
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      // ignore
    }
  },
};

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
