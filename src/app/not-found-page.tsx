import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store';
import { AppLink } from '../components/ui/app-link';
import { NAV_VIEWS, type PageModule } from '../store/url-state';

/** Shown for a path that names no view: says what was asked for and where to go. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const asked = useAppStore((s) => s.urlNotices.find((n) => n.kind === 'unknown-path')?.value);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('common:notFound.title')}</h1>
      {asked !== undefined && <p>{t('common:notFound.asked', { path: asked })}</p>}
      <p>{t('common:notFound.body')}</p>
      <ul>
        {NAV_VIEWS.map((v) => (
          <li key={v}>
            <AppLink to={{ view: v, params: {} }}>{t(`common:nav.${v}`)}</AppLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

export const page: PageModule = { component: NotFoundPage };
