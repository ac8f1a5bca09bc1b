import { useMemo } from 'react';
import type { ChartSectionProps } from '../../components/charts/deferred-chart';
import { SeriesFrame, useSeriesContext } from '../../components/charts/series-frame';
import {
  axisKey,
  shapeLatestPanel,
  shapeTogether,
  type PanelChart,
  type SeriesContext,
} from '../../components/charts/series-shape';
import type { IndicatorSeries } from '../../data/indicators';

/** One chart on one axis where every series shares unit, measure and basis, else one each. */
function embedCharts(list: readonly IndicatorSeries[], ctx: SeriesContext): PanelChart[] {
  const alike = new Set(list.map((s) => axisKey(s) ?? s.indicator.id));
  const together = alike.size === 1 ? shapeTogether(list, 'embed-together', ctx) : null;
  if (together) return [together];
  return list.flatMap((series) => shapeLatestPanel(series, ctx) ?? []);
}

export function EmbedChartPart({ series }: ChartSectionProps & { series: IndicatorSeries[] }) {
  const ctx = useSeriesContext();
  const charts = useMemo(() => embedCharts(series, ctx), [series, ctx]);
  return (
    <>
      {charts.map((chart) => (
        <SeriesFrame key={chart.id} chart={chart} id={`embed-${chart.id}`} headingLevel={2} />
      ))}
    </>
  );
}
