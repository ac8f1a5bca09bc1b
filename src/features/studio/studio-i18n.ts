import { createI18n } from '../../i18n';
import { LANGS, type Lang } from '../../i18n/languages';
import en from './locales/en.json';
import zh from './locales/zh.json';

const STUDIO_STRINGS: Record<Lang, Record<string, unknown>> = { zh, en };

/** An i18next instance with the dashboard's strings and the studio's own (namespace `studio`). */
export function studioI18n(lang: Lang) {
  const i18n = createI18n(lang);
  for (const l of LANGS) i18n.addResourceBundle(l, 'studio', STUDIO_STRINGS[l], true, true);
  return i18n;
}
