import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SeriesFrame, useSeriesContext } from '../../components/charts/series-frame';
import { axisKey, shapeLatestPanel, shapeTogether } from '../../components/charts/series-shape';
import { AppLink } from '../../components/ui/app-link';
import { indicatorSeries, type IndicatorSeries } from '../../data/indicators';
import { isChangeMeasure } from '../../data/indicator-series';
import {
  formatBasis,
  formatPeriod,
  formatRegion,
  formatSector,
  formatUnitLabel,
} from '../../format';
import { summarizeDigest } from '../../format/indicator';
import { useAppStore } from '../../store/app-store';
import { caveatText } from './compare-charts';
import type { IndicatorComparePanel } from './compare-state';

function useSeries(panel: IndicatorComparePanel): IndicatorSeries | null {
  const figures = useAppStore((s) => s.figures);
  const info = useAppStore((s) => s.indicators.get(panel.id));
  return useMemo(
    () =>
      info
        ? indicatorSeries(
            info,
            panel.figureIds.flatMap((id) => figures.get(id) ?? []),
            isChangeMeasure,
          )
        : null,
    [info, panel, figures],
  );
}

/** A chosen indicator: its latest value and its series in its own units, linked to its page. */
export function IndicatorPanelView({ panel }: { panel: IndicatorComparePanel }) {
  const { t } = useTranslation('compare');
  const ctx = useSeriesContext();
  const series = useSeries(panel);
  const digest = useAppStore((s) => s.digests.get(panel.id));
  // Side by side, each panel draws and tables the latest values; its page has them all.
  const chart = useMemo(() => series && shapeLatestPanel(series, ctx), [series, ctx]);
  if (!series) return null;
  const summary = digest
    ? summarizeDigest(series.indicator, digest, ctx.figures, ctx.lang, ctx.t)
    : null;
  const headingId = `compare-panel-${panel.id}`;
  return (
    <section className="compare-panel compare-panel--indicator" aria-labelledby={headingId}>
      <header className="compare-panel__head">
        <p className="compare-panel__kind">
          {t('panel.indicatorOf', { sector: formatSector(panel.sector, t) })}
        </p>
        <h3 id={headingId}>
          <AppLink to={{ view: 'indicator', params: { indicator: panel.id } }}>
            {series.indicator.name[ctx.lang]}
          </AppLink>
        </h3>
        {summary && (
          <p className="compare-panel__latest">
            {t('panel.latest', {
              value: summary.value,
              period: summary.period,
              region: summary.region,
            })}
          </p>
        )}
      </header>
      {chart && <SeriesFrame chart={chart} id={`compare-${chart.id}`} headingLevel={4} />}
    </section>
  );
}

/**
 * Chosen indicators of one unit and basis on one axis, with what differs between them (period,
 * region, basis) stated; indicators of different units stay in their own panels, and the page
 * says so rather than draw them on a shared axis.
 */
export function IndicatorComparison({
  id,
  panels,
}: {
  id: string;
  panels: readonly IndicatorComparePanel[];
}) {
  const { t } = useTranslation('compare');
  const ctx = useSeriesContext();
  const indicators = useAppStore((s) => s.indicators);
  const figures = useAppStore((s) => s.figures);
  const shaped = useMemo(() => {
    const list = panels.flatMap((panel) => {
      const info = indicators.get(panel.id);
      if (!info) return [];
      const series = indicatorSeries(
        info,
        panel.figureIds.flatMap((fid) => figures.get(fid) ?? []),
        isChangeMeasure,
      );
      return series.latest ? [series] : [];
    });
    // One axis only for one unit, one measure and one basis.
    const groups = new Map<string, IndicatorSeries[]>();
    for (const series of list) {
      const key = axisKey(series)!;
      groups.set(key, [...(groups.get(key) ?? []), series]);
    }
    const charts = [...groups.values()].flatMap((group, i) => {
      const chart = shapeTogether(group, `${id}-${i + 1}`, ctx);
      if (!chart) return [];
      const latest = group.map((s) => s.latest!);
      const distinct = (values: string[]) => [...new Set(values)];
      const periods = distinct(latest.map((l) => formatPeriod(l.point.period, ctx.t)));
      const regions = distinct(latest.map((l) => formatRegion(l.panel.region, ctx.t)));
      const bases = distinct(
        latest.flatMap((l) => l.point.basis.map((b) => formatBasis(b, ctx.t))),
      );
      const caveat = caveatText(
        {
          periods,
          regions,
          bases,
          someWithoutBasis: bases.length > 0 && latest.some((l) => l.point.basis.length === 0),
          periodsDiffer: periods.length > 1,
          regionsDiffer: regions.length > 1,
          basesDiffer: false,
        },
        ctx.t,
      );
      return [{ chart, caveat }];
    });
    const units = [...new Set(list.map((s) => formatUnitLabel(s.latest!.panel.unit, ctx.t)))];
    return { charts, units, count: list.length };
  }, [panels, indicators, figures, ctx, id]);

  if (shaped.count < 2) return null;
  return (
    <section className="compare-units" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('indicators.heading')}</h2>
      {shaped.charts.length === 0 && (
        <p className="compare-units__note">
          {t('indicators.ownUnits', { list: shaped.units.join(t('listSeparator')) })}
        </p>
      )}
      {shaped.charts.map(({ chart, caveat }) => (
        <div key={chart.id} className="compare-indicators__chart">
          <p className="compare-units__note">{caveat}</p>
          <SeriesFrame chart={chart} headingLevel={3} />
        </div>
      ))}
    </section>
  );
}
