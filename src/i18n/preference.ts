import LanguageDetector from 'i18next-browser-languagedetector';
import { isLang, langFromTag, type Lang } from './languages';

export const LANG_KEY = 'eid.lang';

function createDetector(): LanguageDetector {
  const detector = new LanguageDetector();
  detector.init(undefined, {
    order: ['localStorage', 'navigator'],
    lookupLocalStorage: LANG_KEY,
    caches: ['localStorage'],
  });
  return detector;
}

function first(found: string | string[] | undefined): string | undefined {
  return Array.isArray(found) ? found[0] : found;
}

/**
 * The language for a visitor who arrives without one in the path: a saved choice, else the
 * browser's (zh* → zh, anything else → en). A corrupted saved value is ignored.
 */
export function detectLanguage(): Lang {
  try {
    const detector = createDetector();
    const saved = first(detector.detect(['localStorage']));
    if (isLang(saved)) return saved;
    return langFromTag(first(detector.detect(['navigator'])));
  } catch {
    return 'en';
  }
}

/** Remembers the reader's language choice for their next visit to `/`. */
export function saveLanguage(lang: Lang): void {
  try {
    createDetector().cacheUserLanguage(lang);
  } catch {
    // storage disabled: the choice lasts for this visit only
  }
}
