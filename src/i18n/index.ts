import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { BUNDLE_LOADERS, type LanguageBundle } from './bundles';
import { LANGS, type Lang } from './languages';

const registered: Partial<Record<Lang, LanguageBundle>> = {};

/** Makes a language's strings available to instances created from now on. */
export function registerLanguage(lang: Lang, bundle: LanguageBundle): void {
  registered[lang] = bundle;
}

/** Loads a language's strings (once) and registers them. */
export async function loadLanguage(lang: Lang): Promise<LanguageBundle> {
  const bundle = registered[lang] ?? (await BUNDLE_LOADERS[lang]());
  registerLanguage(lang, bundle);
  return bundle;
}

/**
 * A ready i18next instance for one language, synchronous: the language's strings must have been
 * registered first (loadLanguage in the browser; register-all.ts loads both for the server and
 * tests), so the server renderer, the hydrating client and tests all start with every string.
 */
export function createI18n(lang: Lang): i18n {
  const resources = Object.fromEntries(
    LANGS.filter((l) => registered[l]).map((l) => [l, registered[l]!]),
  );
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: [...LANGS],
    resources,
    ns: Object.keys(registered[lang] ?? {}),
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; strings are rendered as text
    returnNull: false,
  });
  return instance;
}

/** Switches an instance to a language, loading its strings first when needed. */
export async function switchLanguage(instance: i18n, lang: Lang): Promise<void> {
  if (!instance.hasResourceBundle(lang, 'common')) {
    const bundle = await loadLanguage(lang);
    for (const [ns, strings] of Object.entries(bundle)) {
      instance.addResourceBundle(lang, ns, strings, true, true);
    }
  }
  if (instance.language !== lang) await instance.changeLanguage(lang);
}
