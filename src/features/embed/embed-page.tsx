import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { deferredChart } from '../../components/charts/deferred-chart';
import { AppLink } from '../../components/ui/app-link';
import { summarizeDigest } from '../../format/indicator';
import { useAppStore } from '../../store/app-store';
import type { RouteTarget } from '../../store/navigation';
import type { PageModule } from '../../store/url-state';
import { useEmbedSubject } from './use-embed';
import './embed.css';

/** The chart and its table load near the viewport, as on every page. */
const EmbedChartPart = deferredChart(() => import('./embed-part').then((m) => m.EmbedChartPart));

/** The message an embed posts to the page around it whenever its height changes (README). */
export const HEIGHT_MESSAGE = 'eid:embed-height';

/**
 * Tells the page that holds the iframe how tall the embed is, now and whenever that changes, so
 * hosts that resize iframes can fit it without a scrollbar. Nothing is posted outside an iframe.
 */
function usePostHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height, href: window.location.href }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    post();
    return () => observer.disconnect();
  }, []);
}

/**
 * A chart alone, for an iframe on another site: an indicator's series, or the indicators chosen
 * in compare. Its title, latest value and period, the chart with its units, table and source
 * line, and a link to the full page (links open a new tab, see AppLink).
 */
export function EmbedPage() {
  const { t } = useTranslation('embed');
  const lang = useAppStore((s) => s.route.lang);
  const figures = useAppStore((s) => s.figures);
  const digests = useAppStore((s) => s.digests);
  const { compare, ids, series } = useEmbedSubject();
  usePostHeight();

  const full: RouteTarget = compare
    ? { view: 'compare', params: { sectors: [], ids: [], indicators: ids } }
    : series[0]
      ? { view: 'indicator', params: { indicator: series[0].indicator.id } }
      : { view: 'indicators', params: {} };
  const footer = (
    <p className="embed__footer">
      <AppLink to={full}>{t('fullPage', { site: t('common:appName') })}</AppLink>
    </p>
  );

  if (series.length === 0) {
    return (
      <div className="embed__page">
        <h1 id="page-title">{compare ? t('empty.title') : t('missing.title')}</h1>
        <p>{compare ? t('empty.body') : t('missing.body', { id: ids[0] ?? '' })}</p>
        {footer}
      </div>
    );
  }
  const names = series.map((s) => s.indicator.name[lang]);
  const one = series.length === 1 ? series[0]! : null;
  const digest = one ? digests.get(one.indicator.id) : undefined;
  const summary = one && digest ? summarizeDigest(one.indicator, digest, figures, lang, t) : null;
  return (
    <div className="embed__page">
      <h1 id="page-title" className="embed__title">
        {one ? names[0] : t('compareTitle', { names: names.join(t('separator')) })}
      </h1>
      {summary && (
        <p className="embed__latest">
          <span className="embed__value">{summary.value}</span>{' '}
          {t('latest', { period: summary.period, region: summary.region })}
        </p>
      )}
      <EmbedChartPart id="embed-chart" series={series} />
      {footer}
    </div>
  );
}

export const page: PageModule = { component: EmbedPage };
