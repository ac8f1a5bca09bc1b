import { useEffect, useRef } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { loadLanguage } from '../i18n';
import { HTML_LANG, LANGS } from '../i18n/languages';
import { StoreContext, useAppStore, useAppStoreApi, type AppStore } from '../store/app-store';
import { Layout } from './layout';
import { getLoadedPage, pageKey } from './pages';
import { BASE } from '../store/navigation';
import { applyTheme } from '../store/theme';
import { parseLocation } from '../store/url-state';

function CurrentPage() {
  const key = useAppStore((s) => pageKey(s.route));
  const Page = getLoadedPage(key);
  // The component comes from a module cache, so its identity is stable across renders: nothing is
  // created during render and no state is lost (the lint rule cannot see through the cache).
  // eslint-disable-next-line react-hooks/static-components
  return Page ? <Page /> : null;
}

/** Browser-only wiring: Back/Forward, the document head, preferences. */
function BrowserEffects({ i18n, headIsCurrent }: { i18n: I18n; headIsCurrent: boolean }) {
  const store = useAppStoreApi();
  const skipHead = useRef(headIsCurrent);
  const route = useAppStore((s) => s.route);
  const theme = useAppStore((s) => s.theme);

  useEffect(() => {
    store.getState().loadSavedTheme();
    // Back/Forward: show what the address bar now names.
    const onPop = () => {
      const { pathname, search } = window.location;
      const { route: next, notices } = parseLocation(pathname, search, BASE);
      void store.getState().showLocation(next, notices);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [store]);

  // Keeps the head in step with the route: after navigation, or when the page was not hydrated
  // over its own prerendered HTML (query parameters, a 404). A hydrated page's head is already
  // right, so its code loads only on the first navigation.
  useEffect(() => {
    // At once, not with the rest of the head: a page rendered afresh (a 404 in Chinese, say) must
    // not be read out in the last page's language while the head's code loads. Only when it
    // differs: writing even the same value restyles the whole page (`:lang()`), a full style
    // recalculation, layout and paint right after hydration.
    // This is the one place the live page's language is written (applyHead leaves it alone).
    const htmlLang = HTML_LANG[route.lang];
    if (document.documentElement.lang !== htmlLang) document.documentElement.lang = htmlLang;
    if (skipHead.current) {
      skipHead.current = false;
      return;
    }
    let current = true;
    void import('./head').then(({ applyHead, headFor, headItem }) => {
      const item = headItem(store.getState(), route, i18n.t);
      if (current) applyHead(headFor(route, i18n.t, BASE, window.location.origin, item));
    });
    return () => {
      current = false;
    };
  }, [route, i18n, store]);

  // Once the page is idle, fetch the other language's strings so a switch doesn't wait on them.
  useEffect(() => {
    const other = LANGS.find((l) => l !== route.lang);
    if (!other) return;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 1500));
    idle(() => void loadLanguage(other).catch(() => undefined));
  }, [route.lang]);

  useEffect(() => {
    applyTheme(theme, document.documentElement);
  }, [theme]);

  return null;
}

/**
 * The whole app. `headIsCurrent`: the document's head already matches the store's route (a page
 * hydrated over its prerendered HTML), so the first render leaves it alone.
 */
export function App({
  store,
  i18n,
  headIsCurrent = false,
}: {
  store: AppStore;
  i18n: I18n;
  headIsCurrent?: boolean;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <StoreContext.Provider value={store}>
        <Layout>
          <CurrentPage />
        </Layout>
        <BrowserEffects i18n={i18n} headIsCurrent={headIsCurrent} />
      </StoreContext.Provider>
    </I18nextProvider>
  );
}
