import { useTranslation } from 'react-i18next';
import { HTML_LANG, LANGS } from '../../i18n/languages';
import { useAppStore } from '../../store/app-store';
import { AppLink } from './app-link';

/**
 * One click to the same view, with its parameters, in the other language. The link names the
 * other language in that language (its strings live in the current language's file, so the
 * switch renders before the other language has loaded).
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.route.lang);
  const other = LANGS.find((l) => l !== lang) ?? 'en';
  return (
    <AppLink
      className="lang-switch"
      to={{ lang: other }}
      lang={HTML_LANG[other]}
      hrefLang={HTML_LANG[other]}
      aria-label={t('common:language.switchToOther')}
      onClick={() => void import('../../i18n/preference').then((m) => m.saveLanguage(other))}
    >
      {t('common:language.otherName')}
    </AppLink>
  );
}
