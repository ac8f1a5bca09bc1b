import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/ui/app-link';
import { pageWindow } from './table-state';

/** Links to the pages of the figures table; a short window of numbers however many pages. */
interface PaginationProps {
  page: number;
  pageCount: number;
  /** Called when the reader follows a page link, before the page changes. */
  onNavigate?: () => void;
}

export function Pagination({ page, pageCount, onNavigate }: PaginationProps) {
  const { t } = useTranslation('table');
  if (pageCount <= 1) return null;
  const to = (p: number) => ({ params: { page: p > 1 ? p : undefined } });
  return (
    <nav className="pagination no-print" aria-label={t('pagination.label')}>
      <p className="pagination__status">{t('pagination.status', { page, pages: pageCount })}</p>
      <ul>
        <li>
          {page > 1 ? (
            <AppLink to={to(page - 1)} rel="prev" onClick={onNavigate}>
              {t('pagination.previous')}
            </AppLink>
          ) : (
            <span className="pagination__off">{t('pagination.previous')}</span>
          )}
        </li>
        {pageWindow(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="pagination__gap">
              …
            </li>
          ) : (
            <li key={p}>
              <AppLink
                to={to(p)}
                onClick={onNavigate}
                aria-label={t('pagination.page', { page: p })}
                aria-current={p === page ? 'page' : undefined}
              >
                {p}
              </AppLink>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <AppLink to={to(page + 1)} rel="next" onClick={onNavigate}>
              {t('pagination.next')}
            </AppLink>
          ) : (
            <span className="pagination__off">{t('pagination.next')}</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
