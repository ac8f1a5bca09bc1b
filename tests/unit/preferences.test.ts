import { describe, expect, it, vi } from 'vitest';
import { detectLanguage, LANG_KEY, saveLanguage } from '../../src/i18n/preference';
import { createAppStore } from '../../src/store/app-store';
import { firstFrameThemeScript, readSavedTheme, THEME_KEY } from '../../src/store/theme';
import { EMPTY_PARAMS } from '../../src/store/url-state';

const EMPTY_DATA = {
  datasets: [],
  articles: [],
  indicators: [],
  digests: {},
  counts: { figures: 0, figuresBySector: {}, eventsBySector: {}, articlesBySector: {} },
  errors: [],
};

function storeWithSaved(saved: string | null) {
  if (saved !== null) localStorage.setItem(THEME_KEY, saved);
  return createAppStore({
    data: EMPTY_DATA,
    route: { lang: 'en', view: 'overview', params: EMPTY_PARAMS },
  });
}

describe('remembered preferences', () => {
  it.each([
    ['a saved dark theme', JSON.stringify({ state: { theme: 'dark' }, version: 1 }), 'dark'],
    ['corrupted JSON', '{"state": {"theme": "da', 'system'],
    [
      'a theme that does not exist',
      JSON.stringify({ state: { theme: 'neon' }, version: 1 }),
      'system',
    ],
    ['a foreign shape', JSON.stringify(['dark']), 'system'],
    ['nothing saved', null, 'system'],
  ])('theme from %s', async (_, saved, expected) => {
    const store = storeWithSaved(saved);
    store.getState().loadSavedTheme();
    expect(store.getState().theme).toBe(expected);
  });

  it('a chosen theme is read back on the next visit, as the first frame and the app both read it', () => {
    storeWithSaved(null).getState().setTheme('dark');
    expect(readSavedTheme(THEME_KEY)).toBe('dark');
    const next = storeWithSaved(null);
    next.getState().loadSavedTheme();
    expect(next.getState().theme).toBe('dark');
  });

  it('the first frame applies the saved theme before the page is painted', () => {
    localStorage.setItem(THEME_KEY, JSON.stringify({ state: { theme: 'dark' }, version: 1 }));
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    );
    new Function(firstFrameThemeScript())();
    expect(document.documentElement.dataset.theme).toBeUndefined();
    frames.forEach((callback) => callback(0));
    expect(document.documentElement.dataset.theme).toBe('dark');
    vi.unstubAllGlobals();
    delete document.documentElement.dataset.theme;
  });

  it.each([
    ['a saved choice wins over the browser', 'zh', ['en-US'], 'zh'],
    ['a corrupted saved value is ignored', '<script>', ['zh-TW'], 'zh'],
    ['no saved value: a Chinese browser gets zh', null, ['zh-CN', 'en'], 'zh'],
    ['no saved value: any other browser gets en', null, ['fr-FR'], 'en'],
  ])('language: %s', (_, saved, browser, expected) => {
    if (saved !== null) localStorage.setItem(LANG_KEY, saved);
    const spy = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(browser);
    const lang = vi.spyOn(navigator, 'language', 'get').mockReturnValue(browser[0] ?? '');
    expect(detectLanguage()).toBe(expected);
    spy.mockRestore();
    lang.mockRestore();
  });

  it('saving a language choice stores it for the next visit', () => {
    saveLanguage('zh');
    expect(localStorage.getItem(LANG_KEY)).toBe('zh');
  });
});
