/*
 * The reader's theme, saved and applied in one place. The first two functions also run before the
 * app does, in the first frame of every page (`firstFrameThemeScript`, written into each page's
 * <head> by the build), so a dark-mode reader never sees a light flash. They are serialized with
 * `toString()`: they must stand alone, without imports or references to anything outside them.
 */

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Where the theme is saved; the value keeps the shape earlier versions saved. */
export const THEME_KEY = 'eid.prefs';

/** The saved light or dark theme; null when none (or a corrupted or foreign value) is saved. */
export function readSavedTheme(key: string): 'light' | 'dark' | null {
  try {
    const saved = JSON.parse(localStorage.getItem(key) || 'null');
    const theme = saved && saved.state && saved.state.theme;
    return theme === 'light' || theme === 'dark' ? theme : null;
  } catch {
    return null;
  }
}

/** Shows the page in a theme; the system's when none is chosen. */
export function applyTheme(theme: Theme | null, root: HTMLElement): void {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}

/** Remembers the reader's choice; where storage is full or disabled, for this visit only. */
export function saveTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_KEY, JSON.stringify({ state: { theme }, version: 1 }));
  } catch {
    // the choice lasts for this visit
  }
}

/**
 * The inline script that applies the saved theme in the first frame's animation-frame callback,
 * before that frame is styled and painted. Not while the parser runs: reading storage is a round
 * trip to the browser process, and made there it held the parser back.
 */
export function firstFrameThemeScript(): string {
  const read = `(${readSavedTheme.toString()})(${JSON.stringify(THEME_KEY)})`;
  return `requestAnimationFrame(function () { (${applyTheme.toString()})(${read}, document.documentElement); });`;
}
