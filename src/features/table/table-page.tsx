import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadMenu } from '../../components/ui/download-menu';
import { SECTORS, type Sector } from '../../data/vocab';
import { formatSector } from '../../format';
import { useAppStore } from '../../store/app-store';
import type { PageModule, SortKey } from '../../store/url-state';
import { EventsTable } from './events-table';
import { FigureTable } from './figure-table';
import { Pagination } from './pagination';
import { filterBySector, paginate, sortFigures } from './table-state';
import './table.css';

/** Every figure and milestone as tables: sortable, filterable by sector, paginated, downloadable. */
export function TablePage() {
  const { t } = useTranslation('table');
  const navigate = useAppStore((s) => s.navigate);
  const lang = useAppStore((s) => s.route.lang);
  const { sector, sort, dir, page } = useAppStore((s) => s.route.params);
  const figures = useAppStore((s) => s.figures);
  const figureIds = useAppStore((s) => s.figureIds);
  const events = useAppStore((s) => s.events);

  const inView = useMemo(() => {
    const all = figureIds.map((id) => figures.get(id)!);
    return sortFigures(filterBySector(all, sector), sort, dir, lang, t);
  }, [figures, figureIds, sector, sort, dir, lang, t]);
  const eventsInView = useMemo(() => filterBySector(events, sector), [events, sector]);
  const current = paginate(inView, page);

  // After a pagination link, bring the reader (and keyboard focus) to the top of the new page.
  const tableRef = useRef<HTMLDivElement>(null);
  const focusTable = useRef(false);
  useEffect(() => {
    if (!focusTable.current) return;
    focusTable.current = false;
    tableRef.current?.focus();
    tableRef.current?.scrollIntoView?.({ block: 'start' });
  }, [current.page]);

  const setSector = (next: Sector | undefined) =>
    void navigate({ params: { sector: next, page: undefined } }, { replace: true });
  const setSort = (column: SortKey) => {
    const nextDir = sort === column && dir !== 'desc' ? 'desc' : 'asc';
    void navigate({ params: { sort: column, dir: nextDir, page: undefined } }, { replace: true });
  };

  const sectorName = sector ? formatSector(sector, t) : undefined;
  const total = sectorName
    ? t('countIn', { count: inView.length, sector: sectorName })
    : t('count', { count: inView.length });
  const countLine =
    current.pageCount > 1 ? t('showing', { total, from: current.from, to: current.to }) : total;

  return (
    <section aria-labelledby="page-title" className="table-page">
      <h1 id="page-title">{t('title')}</h1>
      <p className="table-page__intro">{t('intro')}</p>

      <div className="table-controls no-print">
        <div className="sector-filter" role="group" aria-labelledby="sector-filter-label">
          <span id="sector-filter-label" className="sector-filter__label">
            {t('filter.label')}
          </span>
          <button
            type="button"
            className="button"
            aria-pressed={sector === undefined}
            onClick={() => setSector(undefined)}
          >
            {t('filter.all')}
          </button>
          {SECTORS.map((s) => (
            <button
              key={s}
              type="button"
              className="button"
              aria-pressed={sector === s}
              onClick={() => setSector(s)}
            >
              {formatSector(s, t)}
            </button>
          ))}
        </div>
      </div>
      <p className="table-count" aria-live="polite">
        {countLine}
      </p>

      <section aria-labelledby="figures-heading" className="table-section">
        <h2 id="figures-heading">{t('figures.heading')}</h2>
        {inView.length === 0 ? (
          <p>{t('figures.empty')}</p>
        ) : (
          <FigureTable
            ref={tableRef}
            figures={current.items}
            lang={lang}
            caption={
              sectorName ? t('figures.captionSector', { sector: sectorName }) : t('figures.caption')
            }
            sort={sort}
            dir={dir}
            onSort={setSort}
          />
        )}
        <Pagination
          page={current.page}
          pageCount={current.pageCount}
          onNavigate={() => {
            focusTable.current = true;
          }}
        />
      </section>

      <DownloadMenu inView={inView} scope={sector ?? 'all'} />

      <section aria-labelledby="events-heading" className="table-section">
        <h2 id="events-heading">
          {t('events.heading')}{' '}
          <span className="heading-count">
            ({t('events.count', { count: eventsInView.length })})
          </span>
        </h2>
        <EventsTable
          key={sector ?? 'all'}
          events={eventsInView}
          lang={lang}
          caption={
            sectorName ? t('events.captionSector', { sector: sectorName }) : t('events.caption')
          }
        />
      </section>
    </section>
  );
}

export const page: PageModule = { component: TablePage };
