import { useTranslation } from 'react-i18next';

export function OverviewPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.overview')}</h1>
    </section>
  );
}
