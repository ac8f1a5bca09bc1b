import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/ui/app-link';
import { ShareButton } from '../components/ui/share-button';
import { LanguageSwitch } from '../components/ui/language-switch';
import { ThemeToggle } from '../components/ui/theme-toggle';
import { useAppStore } from '../store/app-store';
import { NAV_VIEWS, navViewOf } from '../store/url-state';

function UrlNotices() {
  const { t } = useTranslation();
  const all = useAppStore((s) => s.urlNotices);
  const notices = useMemo(() => all.filter((n) => n.kind !== 'unknown-path'), [all]);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{t('common:urlNotice.intro')}</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{t(`common:urlNotice.${n.kind}`, { name: n.name, value: n.value })}</li>
        ))}
      </ul>
    </div>
  );
}

function LoadErrors() {
  const { t } = useTranslation();
  const errors = useAppStore((s) => s.loadErrors);
  if (errors.length === 0) return null;
  return (
    <>
      {errors.map((error) => (
        <section
          key={error.file}
          className="error-card"
          role="alert"
          aria-label={t('common:loadError.title', { file: error.file })}
        >
          <h2>{t('common:loadError.title', { file: error.file })}</h2>
          <p>{t('common:loadError.body')}</p>
          <ul>
            {error.problems.slice(0, 10).map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const view = useAppStore((s) => (s.route.notFound ? null : navViewOf(s.route.view)));
  const main = (
    // aria-busy is set by the router while a navigation renders (see store/navigation.ts).
    <main id="main" tabIndex={-1} className={view === 'embed' ? 'embed' : undefined}>
      <UrlNotices />
      <LoadErrors />
      {children}
    </main>
  );
  // An embed is the chart alone, in another site's page: no header, navigation or footer.
  if (view === 'embed') return main;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('common:skipToContent')}
      </a>
      <header className="site-header">
        <AppLink className="brand" to={{ view: 'overview', params: {} }}>
          {t('common:appName')}
        </AppLink>
        <nav aria-label={t('common:nav.label')} className="site-nav">
          <ul>
            {NAV_VIEWS.map((v) => (
              <li key={v}>
                <AppLink to={{ view: v }} aria-current={v === view ? 'page' : undefined}>
                  {t(`common:nav.${v}`)}
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="site-tools">
          <ShareButton />
          <LanguageSwitch />
          <ThemeToggle />
        </div>
      </header>
      {main}
      <div className="busy-bar" aria-hidden="true" />
      <footer className="site-footer">
        <p>{t('common:footer.sources')}</p>
      </footer>
    </div>
  );
}
