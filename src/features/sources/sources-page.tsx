import { useTranslation } from 'react-i18next';

export function SourcesPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.sources')}</h1>
      <p>{t('placeholder.comingSoon')}</p>
    </section>
  );
}
