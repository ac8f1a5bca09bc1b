import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/ui/app-link';
import { deferredChart } from '../../components/charts/deferred-chart';
import { FigureCard } from '../../components/ui/figure-card';
import { formatSector } from '../../format';
import { useAppStore } from '../../store/app-store';
import type { SectorView } from './use-overview';

/** The charts' frames, the code that shapes them and their drawings load near the viewport. */
const OverviewChart = deferredChart(() => import('./overview-chart').then((m) => m.OverviewChart));

export function sectorAnchor(sector: string): string {
  return `sector-${sector}`;
}

/** One sector: heading, its source article, figure cards, then its charts. */
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
      </header>
      {view.figureCount === 0 && <p>{t('empty')}</p>}
      {view.cards.length > 0 && (
        <ul className="figure-cards" aria-label={t('keyFigures')}>
          {view.cards.map((figure) => (
            <li key={figure.id}>
              <FigureCard figure={figure} />
            </li>
          ))}
        </ul>
      )}
      {view.charts.length > 0 && (
        <div className="overview-charts">
          {view.charts.map((plan) => (
            <OverviewChart key={plan.id} id={plan.id} plan={plan} ctx={view.ctx} />
          ))}
        </div>
      )}
    </section>
  );
}
