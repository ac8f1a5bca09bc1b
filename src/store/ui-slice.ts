import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

export interface UiSlice {
  theme: Theme;
  setTheme: (theme: Theme) => void;
  /** Charts whose data table is shown in place of (or beside) the chart, by chart id. */
  tablesShown: Record<string, boolean>;
  toggleTable: (chartId: string) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  theme: 'system',
  setTheme: (theme) => set({ theme }),
  tablesShown: {},
  toggleTable: (chartId) =>
    set((s) => ({ tablesShown: { ...s.tablesShown, [chartId]: !s.tablesShown[chartId] } })),
});
