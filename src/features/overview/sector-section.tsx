import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/ui/app-link';
import { deferredChart } from '../../components/charts/deferred-chart';
import { formatSector } from '../../format';
import { useAppStore } from '../../store/app-store';
import { IndicatorTile } from './indicator-tile';
import { LATEST_EVENTS, type SectorView } from './use-overview';

/** The charts' frames, the code that shapes them and their drawings load near the viewport. */
const OverviewChart = deferredChart(() => import('./overview-chart').then((m) => m.OverviewChart));

export function sectorAnchor(sector: string): string {
  return `sector-${sector}`;
}

/**
 * One sector: heading, its latest source articles, its lead indicators with a link to the rest,
 * then charts comparing their latest values and the latest milestones.
 */
export function SectorSection({ view, selected }: { view: SectorView; selected: boolean }) {
  const { t } = useTranslation('overview');
  const lang = useAppStore((s) => s.route.lang);
  const anchor = sectorAnchor(view.sector);
  const titleId = `${anchor}-title`;
  return (
    <section
      id={anchor}
      className={selected ? 'sector-section is-selected' : 'sector-section'}
      aria-labelledby={titleId}
    >
      <header className="sector-header">
        <h2 id={titleId} tabIndex={-1}>
          {formatSector(view.sector, t)}
        </h2>
        {view.articles.map((article) => (
          <p key={article.id} className="sector-article">
            {t('sectorArticle')}{' '}
            <AppLink to={{ view: 'sources', params: { article: article.id } }}>
              {t('articleTitle', { title: article.title[lang] })}
            </AppLink>
          </p>
        ))}
        {view.articleCount > view.articles.length && (
          <p className="sector-article">
            <AppLink to={{ view: 'sources', params: {} }}>
              {t('moreArticles', { count: view.articleCount - view.articles.length })}
            </AppLink>
          </p>
        )}
      </header>
      {view.figureCount === 0 && <p>{t('empty')}</p>}
      {view.indicators.length > 0 && (
        <ul className="indicator-tiles" aria-label={t('leadIndicators')}>
          {view.indicators.map((lead) => (
            <li key={lead.info.id}>
              <IndicatorTile lead={lead} />
            </li>
          ))}
        </ul>
      )}
      {view.indicatorCount > 0 && (
        <p className="sector-more">
          <AppLink to={{ view: 'indicators', params: { sector: view.sector } }}>
            {view.indicatorCount > view.indicators.length
              ? t('allIndicators', {
                  count: view.indicatorCount,
                  sector: formatSector(view.sector, t),
                })
              : t('indicatorIndex', { sector: formatSector(view.sector, t) })}
          </AppLink>
        </p>
      )}
      {view.charts.length > 0 && (
        <div className="overview-charts">
          {view.charts.map((plan) => (
            <OverviewChart key={plan.id} id={plan.id} plan={plan} ctx={view.ctx} />
          ))}
        </div>
      )}
      {view.eventCount > LATEST_EVENTS && (
        <p className="sector-more">
          <AppLink to={{ view: 'table', params: { sector: view.sector } }}>
            {t('allEvents', { count: view.eventCount })}
          </AppLink>
        </p>
      )}
    </section>
  );
}
