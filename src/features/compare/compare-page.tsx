import { useTranslation } from 'react-i18next';

export function ComparePage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.compare')}</h1>
      <p>{t('placeholder.comingSoon')}</p>
    </section>
  );
}
