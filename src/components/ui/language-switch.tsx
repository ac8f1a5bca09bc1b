import { useTranslation } from 'react-i18next';
import { HTML_LANG, LANGS } from '../../i18n/languages';
import { useAppStore } from '../../store/app-store';
import { AppLink } from './app-link';

/** One click to the same view, with its parameters, in the other language. */
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
      aria-label={t('common:language.switchTo', { lng: other })}
      onClick={() => void import('../../i18n/preference').then((m) => m.saveLanguage(other))}
    >
      {t('common:language.name', { lng: other })}
    </AppLink>
  );
}
