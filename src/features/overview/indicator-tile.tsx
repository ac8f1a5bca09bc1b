import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Sparkline } from '../../components/charts/sparkline';
import { AppLink } from '../../components/ui/app-link';
import { summarizeDigest } from '../../format/indicator';
import { useAppStore } from '../../store/app-store';
import type { LeadIndicator } from './lead-indicators';

/**
 * An indicator as the overview leads with it: its name (a link to its page), its latest value,
 * period and region, the change printed for it, a small trend where it has two or more values,
 * and the sentence the value came from.
 */
export function IndicatorTile({ lead }: { lead: LeadIndicator }) {
  const { t } = useTranslation('overview');
  const lang = useAppStore((s) => s.route.lang);
  const figures = useAppStore((s) => s.figures);
  const nameId = useId();
  const { info, digest } = lead;
  const summary = useMemo(
    () => summarizeDigest(info, digest, figures, lang, t),
    [info, digest, figures, lang, t],
  );
  if (!summary) return null;
  const name = info.name[lang];
  return (
    <article
      className={summary.computed ? 'indicator-tile is-computed' : 'indicator-tile'}
      aria-labelledby={nameId}
    >
      <h3 id={nameId} className="indicator-tile__name">
        <AppLink to={{ view: 'indicator', params: { indicator: info.id } }}>{name}</AppLink>
      </h3>
      <p className="indicator-tile__value">{summary.value}</p>
      <p className="indicator-tile__when">
        {t('tile.when', { period: summary.period, region: summary.region })}
      </p>
      {summary.change && (
        <p className="indicator-tile__change">
          {t('tile.change', { measure: summary.change.measure, value: summary.change.value })}
        </p>
      )}
      {summary.trend.length > 1 && (
        <div className="indicator-tile__trend">
          <Sparkline marks={summary.trend} kind={summary.trendKind} />
          <span>{t('tile.values', { count: digest.points })}</span>
        </div>
      )}
      {summary.figure && (
        <AppLink
          className="indicator-tile__source"
          to={{ view: 'sources', params: { figure: summary.figure.id } }}
          aria-label={t('tile.sourceOf', { name })}
        >
          {t('tile.source')}
        </AppLink>
      )}
    </article>
  );
}
