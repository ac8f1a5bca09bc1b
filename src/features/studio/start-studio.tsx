import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { loadLanguage } from '../../i18n';
import { HTML_LANG, LANGS, langFromTag, type Lang } from '../../i18n/languages';
import { StudioApp, type ChartPreview } from './studio-app';
import { studioI18n } from './studio-i18n';
import './studio.css';

const LANG_KEY = 'eid.studio.lang';

function savedLang(): Lang {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // storage unavailable: fall back to the browser's language
  }
  return langFromTag(navigator.language);
}

export async function startStudio(
  element: HTMLElement,
  parts: { ChartPreview: ChartPreview },
): Promise<void> {
  await Promise.all(LANGS.map((l) => loadLanguage(l)));
  const root = createRoot(element);
  const render = (lang: Lang) => {
    document.documentElement.lang = HTML_LANG[lang];
    const i18n = studioI18n(lang);
    document.title = i18n.t('studio:title');
    root.render(
      <I18nextProvider i18n={i18n}>
        <StudioApp
          ChartPreview={parts.ChartPreview}
          lang={lang}
          onLanguage={(next) => {
            try {
              localStorage.setItem(LANG_KEY, next);
            } catch {
              // the choice holds for this page only
            }
            render(next);
          }}
        />
      </I18nextProvider>,
    );
  };
  render(savedLang());
}
