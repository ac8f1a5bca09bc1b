import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/charts/chart-frame';
import type { ChartSectionProps } from '../../components/charts/deferred-chart';
import {
  shapePanel,
  shapeTogether,
  type PanelChart,
  type SeriesContext,
} from '../../components/charts/series-shape';
import { basisKey, type IndicatorSeries } from '../../data/indicators';
import { useAppStore } from '../../store/app-store';

/** Periods an embed draws and rows its table shows: the latest; the full page has them all. */
const LIMITS = { periods: 24, rows: 12 };

/** One chart on one axis where every series shares unit, measure and basis, else one each. */
function embedCharts(list: readonly IndicatorSeries[], ctx: SeriesContext): PanelChart[] {
  const alike = new Set(
    list.map((s) =>
      s.latest
        ? `${s.latest.panel.unit}|${s.latest.panel.measure}|${basisKey(s.latest.point.basis)}`
        : s.indicator.id,
    ),
  );
  const together = alike.size === 1 ? shapeTogether(list, 'embed-together', ctx) : null;
  if (together) return [together];
  return list.flatMap((series) => {
    const latest = series.latest;
    if (!latest) return [];
    const index = series.panels.indexOf(latest.panel);
    return [shapePanel(series, latest.panel, index, ctx, LIMITS)];
  });
}

export function EmbedChartPart({ series }: ChartSectionProps & { series: IndicatorSeries[] }) {
  const { t } = useTranslation('embed');
  const lang = useAppStore((s) => s.route.lang);
  const figures = useAppStore((s) => s.figures);
  const articles = useAppStore((s) => s.articles);
  const ctx: SeriesContext = useMemo(
    () => ({ lang, t, figures, articles }),
    [lang, t, figures, articles],
  );
  const charts = useMemo(() => embedCharts(series, ctx), [series, ctx]);
  return (
    <>
      {charts.map((chart) => (
        <ChartFrame
          key={chart.id}
          id={`embed-${chart.id}`}
          headingLevel={2}
          title={chart.title}
          subtitle={chart.subtitle}
          description={chart.description}
          legend={chart.legend}
          table={chart.table}
          tableTotal={chart.tableTotal}
          source={chart.source}
          drawing={{
            chart: { kind: 'series', data: chart.data },
            height: chart.height,
            summary: chart.summary,
            summaryLabel: t('charts:loading'),
          }}
        />
      ))}
    </>
  );
}
