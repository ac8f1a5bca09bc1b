import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Sparkline } from '../../components/charts/sparkline';
import { AppLink } from '../../components/ui/app-link';
import type { Figure } from '../../data/schema';
import { SECTORS, type Sector } from '../../data/vocab';
import type { Lang } from '../../i18n/languages';
import { formatSector } from '../../format';
import { useAppStore } from '../../store/app-store';
import type { PageModule, SortKey } from '../../store/url-state';
import {
  INDEX_PAGE_SIZE,
  INDEX_SORTS,
  asIndexSort,
  indexRows,
  searchRows,
  sortRows,
  type IndexRow as IndexRowData,
} from './indicators-state';
import { summarizeDigest } from '../../format/indicator';
import './indicators.css';

/** How long typing pauses before the address bar takes the search (a replace, not a new entry). */
const SEARCH_TO_URL_MS = 300;

/**
 * Every indicator: its latest value, period and change, and a small trend where it has two or
 * more values. Filter by sector, search by name in either language, sort; all of it in the URL.
 */
export function IndicatorsPage() {
  const { t } = useTranslation('indicators');
  const lang = useAppStore((s) => s.route.lang);
  const navigate = useAppStore((s) => s.navigate);
  const { sector, q, sort, dir, page } = useAppStore((s) => s.route.params);
  const indicators = useAppStore((s) => s.indicators);
  const figures = useAppStore((s) => s.figures);
  const digests = useAppStore((s) => s.digests);
  const [query, setQuery] = useState(q ?? '');
  const searched = useDeferredValue(query);
  const searchId = useId();
  const sortId = useId();

  // The address bar follows the search box after a pause; Back and Forward bring it back.
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    setQuery(q ?? '');
  }
  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current) return;
    const handle = window.setTimeout(() => {
      typed.current = false;
      void navigate(
        { params: { q: query.trim() || undefined, page: undefined } },
        { replace: true },
      );
    }, SEARCH_TO_URL_MS);
    return () => window.clearTimeout(handle);
  }, [query, navigate]);

  const rows = useMemo(
    () => indexRows(indicators, digests, figures),
    [indicators, digests, figures],
  );
  const indexSort = asIndexSort(sort);
  const inView = useMemo(() => {
    const bySector = sector ? rows.filter((r) => r.info.sector === sector) : rows;
    return sortRows(searchRows(bySector, searched), indexSort, dir, lang);
  }, [rows, sector, searched, indexSort, dir, lang]);
  const pageCount = Math.max(1, Math.ceil(inView.length / INDEX_PAGE_SIZE));
  const current = Math.min(page ?? 1, pageCount);
  const shown = inView.slice((current - 1) * INDEX_PAGE_SIZE, current * INDEX_PAGE_SIZE);

  const setSector = (next: Sector | undefined) =>
    void navigate({ params: { sector: next, page: undefined } }, { replace: true });
  const sectorName = sector ? formatSector(sector, t) : undefined;
  const count = sectorName
    ? t('index.countIn', { count: inView.length, sector: sectorName })
    : t('index.count', { count: inView.length });

  return (
    <section aria-labelledby="page-title" className="indicators-page">
      <h1 id="page-title">{t('index.title')}</h1>
      <p className="indicators-page__intro">{t('index.intro')}</p>

      <div className="indicators-controls no-print">
        <div className="indicators-search" role="search">
          <label htmlFor={searchId}>{t('index.search')}</label>
          <input
            id={searchId}
            type="search"
            className="input"
            value={query}
            maxLength={60}
            autoComplete="off"
            onChange={(event) => {
              typed.current = true;
              setQuery(event.target.value);
            }}
          />
        </div>
        <div className="indicators-sort">
          <label htmlFor={sortId}>{t('index.sort')}</label>
          <select
            id={sortId}
            className="input"
            value={indexSort}
            onChange={(event) =>
              void navigate(
                {
                  params: { sort: event.target.value as SortKey, dir: undefined, page: undefined },
                },
                { replace: true },
              )
            }
          >
            {INDEX_SORTS.map((key) => (
              <option key={key} value={key}>
                {t(`index.sortBy.${key}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="sector-filter" role="group" aria-labelledby={`${sortId}-sectors`}>
          <span id={`${sortId}-sectors`} className="sector-filter__label">
            {t('index.sectors')}
          </span>
          <button
            type="button"
            className="button"
            aria-pressed={sector === undefined}
            onClick={() => setSector(undefined)}
          >
            {t('index.allSectors')}
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

      <p className="indicators-count" aria-live="polite">
        {pageCount > 1
          ? t('index.showing', {
              total: count,
              from: (current - 1) * INDEX_PAGE_SIZE + 1,
              to: (current - 1) * INDEX_PAGE_SIZE + shown.length,
            })
          : count}
      </p>

      {shown.length === 0 ? (
        <p>{t('index.empty')}</p>
      ) : (
        <div className="indicators-table-wrap">
          <table className="indicators-table">
            <caption id={`${sortId}-caption`} className="visually-hidden">
              {sectorName ? t('index.captionIn', { sector: sectorName }) : t('index.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('index.column.name')}</th>
                <th scope="col">{t('index.column.latest')}</th>
                <th scope="col">{t('index.column.change')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <IndexRow key={row.info.id} row={row} figures={figures} lang={lang} t={t} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageCount > 1 && (
        <nav className="indicators-pages no-print" aria-label={t('index.pages')}>
          {current > 1 && (
            <AppLink
              to={{ params: { page: current - 1 > 1 ? current - 1 : undefined } }}
              rel="prev"
            >
              {t('index.previous')}
            </AppLink>
          )}
          <span>{t('index.page', { page: current, pages: pageCount })}</span>
          {current < pageCount && (
            <AppLink to={{ params: { page: current + 1 } }} rel="next">
              {t('index.next')}
            </AppLink>
          )}
        </nav>
      )}
    </section>
  );
}

/**
 * A row of the index, put in words in a component of its own: React hydrates a page of 40 rows in
 * slices between rows rather than in one long task.
 */
function IndexRow({
  row,
  figures,
  lang,
  t,
}: {
  row: IndexRowData;
  figures: ReadonlyMap<string, Figure>;
  lang: Lang;
  t: TFunction;
}) {
  const { info, digest } = row;
  const summary = useMemo(
    () => summarizeDigest(info, digest, figures, lang, t),
    [info, digest, figures, lang, t],
  );
  return (
    <tr>
      <th scope="row">
        <AppLink
          className="indicators-table__name"
          to={{ view: 'indicator', params: { indicator: info.id } }}
        >
          {info.name[lang]}
        </AppLink>
        <span className="indicators-table__sector">{formatSector(info.sector, t)}</span>
      </th>
      <td>
        <span className="indicators-table__value">{summary?.value}</span>
        <span className="indicators-table__period">
          {summary && t('latest.when', { period: summary.period, region: summary.region })}
        </span>
        <span className="indicators-table__trend">
          {summary && summary.trend.length > 1 && (
            <Sparkline marks={summary.trend} kind={summary.trendKind} />
          )}
          {t('index.values', { count: digest.points })}
        </span>
      </td>
      <td>
        {summary?.change ? (
          <>
            <span className="indicators-table__value">{summary.change.value}</span>
            <span className="indicators-table__period">{summary.change.measure}</span>
          </>
        ) : (
          <span className="indicators-table__none">{t('index.noChange')}</span>
        )}
      </td>
    </tr>
  );
}

export const page: PageModule = { component: IndicatorsPage };
