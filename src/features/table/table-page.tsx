import { useTranslation } from 'react-i18next';

export function TablePage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.table')}</h1>
    </section>
  );
}
