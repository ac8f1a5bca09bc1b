import { createI18n } from '../i18n';
import { HTML_LANG, LANGS } from '../i18n/languages';
import { viewPath } from '../store/url-state';

/**
 * The static content of `/`: the script sends a visitor to their language at once; without
 * script, or while it loads, this offers both.
 */
export function RootChooser({ base }: { base: string }) {
  const prefix = base.replace(/\/$/, '');
  return (
    <main id="main" className="root-chooser">
      {LANGS.map((lang) => {
        const { t } = createI18n(lang);
        return (
          <p key={lang} lang={HTML_LANG[lang]}>
            <a href={`${prefix}${viewPath(lang, 'overview')}`} hrefLang={HTML_LANG[lang]}>
              {t('common:appName')}
            </a>
          </p>
        );
      })}
    </main>
  );
}
