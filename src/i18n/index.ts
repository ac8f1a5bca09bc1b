import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Lang } from './languages';
import { NAMESPACES, RESOURCES } from './resources';

/**
 * A ready i18next instance for one language. Synchronous (resources are bundled) so the server
 * renderer, the hydrating client and tests all start with every string in place.
 */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: ['zh', 'en'],
    resources: RESOURCES,
    ns: NAMESPACES,
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; strings are rendered as text
    returnNull: false,
    saveMissing: false,
    missingKeyHandler: false,
  });
  return instance;
}
