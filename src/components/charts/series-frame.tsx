import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { ChartFrame } from './chart-frame';
import type { PanelChart, SeriesContext } from './series-shape';
import { SeriesStill } from './series-still';

/** What shaping a series needs from the page: its language, strings, figures and articles. */
export function useSeriesContext(): SeriesContext {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.route.lang);
  const figures = useAppStore((s) => s.figures);
  const articles = useAppStore((s) => s.articles);
  return useMemo(() => ({ lang, t, figures, articles }), [lang, t, figures, articles]);
}

/**
 * A shaped series (series-shape.ts) in its frame: title, units, legend, drawing, table and
 * source line. The indicator's page, compare and the embeds draw their series through it.
 */
export function SeriesFrame({
  chart,
  id = chart.id,
  headingLevel,
  tableOpen,
  onShowAllRows,
}: {
  chart: PanelChart;
  /** The frame's id, when the page needs another than the chart's. */
  id?: string;
  headingLevel: 2 | 3 | 4;
  tableOpen?: boolean;
  onShowAllRows?: () => void;
}) {
  return (
    <ChartFrame
      id={id}
      headingLevel={headingLevel}
      title={chart.title}
      subtitle={chart.subtitle}
      description={chart.description}
      legend={chart.legend}
      table={chart.table}
      tableTotal={chart.tableTotal}
      source={chart.source}
      tableOpen={tableOpen}
      onShowAllRows={onShowAllRows}
      drawing={{
        chart: { kind: 'series', data: chart.data },
        height: chart.height,
        still: SeriesStill,
      }}
    />
  );
}
