import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { deferredChart } from '../../components/charts/deferred-chart';
import { AppLink } from '../../components/ui/app-link';
import { formatMeasure, formatSector, formatValue } from '../../format';
import { summarizeDigest } from '../../format/indicator';
import { useAppStore } from '../../store/app-store';
import type { PageModule } from '../../store/url-state';
import { useIndicatorSeries } from './use-indicator';
import './indicator.css';

/** The series' charts, its table of every value and the downloads load near the viewport. */
const IndicatorSeriesPart = deferredChart(() =>
  import('./indicator-part').then((m) => m.IndicatorSeriesPart),
);

/**
 * One indicator over time: its latest value first (with the changes printed for it and its
 * source), then the series as charts, a table of every value linked to its sentence, downloads.
 */
export function IndicatorPage() {
  const { t } = useTranslation('indicators');
  const lang = useAppStore((s) => s.route.lang);
  const id = useAppStore((s) => s.route.params.indicator);
  const series = useIndicatorSeries(id);
  const figures = useAppStore((s) => s.figures);
  const digest = useAppStore((s) => s.digests.get(id ?? ''));
  const latestId = useId();

  if (!series) {
    return (
      <div className="indicator-page">
        <h1 id="page-title">{t('missing.title')}</h1>
        <p>{t('missing.body', { id: id ?? '' })}</p>
        <p>
          <AppLink to={{ view: 'indicators', params: {} }}>{t('missing.toIndex')}</AppLink>
        </p>
      </div>
    );
  }
  const { indicator } = series;
  const summary = digest ? summarizeDigest(indicator, digest, figures, lang, t) : null;
  const latest = series.latest;
  return (
    <div className="indicator-page">
      <nav className="indicator-crumbs" aria-label={t('crumbs.label')}>
        <AppLink to={{ view: 'indicators', params: {} }}>{t('crumbs.index')}</AppLink>
        <span aria-hidden="true"> / </span>
        <AppLink to={{ view: 'indicators', params: { sector: indicator.sector } }}>
          {formatSector(indicator.sector, t)}
        </AppLink>
      </nav>
      <h1 id="page-title">{indicator.name[lang]}</h1>
      {indicator.description && (
        <p className="indicator-description">{indicator.description[lang]}</p>
      )}
      {summary && latest && (
        <section className="indicator-latest" aria-labelledby={latestId}>
          <h2 id={latestId} className="indicator-latest__label">
            {t('latest.heading')}
          </h2>
          <p className="indicator-latest__value">{summary.value}</p>
          <p className="indicator-latest__when">
            {t('latest.when', { period: summary.period, region: summary.region })}
            {summary.computed && ` · ${t('latest.computed')}`}
          </p>
          {latest.point.changes.length > 0 && (
            <ul className="indicator-latest__changes" aria-label={t('latest.changes')}>
              {latest.point.changes.map((change) => (
                <li key={change.id}>
                  <span className="indicator-latest__change-measure">
                    {formatMeasure(change.measure, t)}
                  </span>{' '}
                  <span className="indicator-latest__change-value">
                    {formatValue(change, lang, t)}
                  </span>{' '}
                  <AppLink
                    to={{ view: 'sources', params: { figure: change.id } }}
                    aria-label={t('sourceOf', { name: change.name[lang] })}
                  >
                    {t('sourceLink')}
                  </AppLink>
                </li>
              ))}
            </ul>
          )}
          {summary.figure && (
            <p className="indicator-latest__source">
              <AppLink to={{ view: 'sources', params: { figure: summary.figure.id } }}>
                {summary.computed ? t('latest.howComputed') : t('latest.source')}
              </AppLink>
            </p>
          )}
        </section>
      )}
      <IndicatorSeriesPart id={`indicator-${indicator.id}`} series={series} />
      <p className="indicator-compare">
        <AppLink
          to={{ view: 'compare', params: { sectors: [], ids: [], indicators: [indicator.id] } }}
        >
          {t('compareWith')}
        </AppLink>
      </p>
    </div>
  );
}

export const page: PageModule = { component: IndicatorPage };
