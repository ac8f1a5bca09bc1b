import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/charts/chart-frame';
import { useAppStore } from '../../store/app-store';
import { caveatText, yoyBarChart } from './compare-charts';
import { yoyChartData } from './compare-chart-state';
import { sourceLine } from './chart-sources';

/**
 * Every year-on-year change in percent, across sectors, on one zero-based axis, with a caveat
 * naming the periods, regions and bases that keep them from being like for like.
 */
export function YoyComparison({ id }: { id: string }) {
  const { t } = useTranslation('compare');
  const lang = useAppStore((s) => s.route.lang);
  const figures = useAppStore((s) => s.figures);
  const figureIds = useAppStore((s) => s.figureIds);
  const articles = useAppStore((s) => s.articles);
  const shaped = useMemo(() => {
    const data = yoyChartData(figures, figureIds, lang, t);
    return {
      ...yoyBarChart(data, figures, lang, t),
      caveat: caveatText(data.caveat, t),
      source: sourceLine(
        data.rows.map((r) => r.id),
        figures,
        articles,
        lang,
        t,
      ),
    };
  }, [figures, figureIds, articles, lang, t]);

  if (shaped.chart.bars.length === 0) {
    return (
      <section className="compare-yoy" aria-labelledby="compare-yoy-empty">
        <h2 id="compare-yoy-empty">{t('yoy.title')}</h2>
        <p>{t('yoy.empty')}</p>
      </section>
    );
  }
  const description = `${t('yoy.description', {
    count: shaped.summary.length,
    list: shaped.summary.join(t('clauseSeparator')),
  })} ${shaped.caveat}`;
  return (
    <ChartFrame
      id={id}
      className="compare-yoy"
      title={t('yoy.title')}
      subtitle={t('yoy.subtitle')}
      description={description}
      table={shaped.table}
      source={shaped.source}
      headingLevel={2}
      drawing={{
        chart: { kind: 'bars', data: shaped.chart },
        height: shaped.height,
        summary: shaped.summary,
      }}
    >
      <p className="compare-yoy__caveat">{shaped.caveat}</p>
    </ChartFrame>
  );
}
