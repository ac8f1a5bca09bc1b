import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';
import { readSavedTheme, saveTheme, THEME_KEY, type Theme } from './theme';

export interface UiSlice {
  theme: Theme;
  /** Sets the theme and remembers it for the next visit. */
  setTheme: (theme: Theme) => void;
  /**
   * Reads the saved theme: in the browser, after hydration, so the server's HTML and the first
   * client render agree.
   */
  loadSavedTheme: () => void;
  /** Charts whose data table is shown in place of (or beside) the chart, by chart id. */
  tablesShown: Record<string, boolean>;
  /** Shows or hides a chart's data table. */
  showTable: (chartId: string, shown: boolean) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  theme: 'system',
  setTheme: (theme) => {
    saveTheme(theme);
    set({ theme });
  },
  loadSavedTheme: () => set({ theme: readSavedTheme(THEME_KEY) ?? 'system' }),
  tablesShown: {},
  showTable: (chartId, shown) =>
    set((s) => ({ tablesShown: { ...s.tablesShown, [chartId]: shown } })),
});
