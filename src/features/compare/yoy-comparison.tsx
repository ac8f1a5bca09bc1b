import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/charts/chart-frame';
import { useAppStore } from '../../store/app-store';
import { caveatText, yoyBarChart } from './compare-charts';
import { yoyChartData } from './compare-chart-state';
import { sourceLine } from './chart-sources';
import { yoyScope, type ComparePanel } from './compare-state';

/**
 * The year-on-year changes in percent of what is chosen (every sector's when nothing is), on one
 * zero-based axis, with a caveat naming the periods, regions and bases that keep them from being
 * like for like.
 */
export function YoyComparison({ id, panels }: { id: string; panels: readonly ComparePanel[] }) {
  const { t } = useTranslation('compare');
  const lang = useAppStore((s) => s.route.lang);
  const figures = useAppStore((s) => s.figures);
  const figureIds = useAppStore((s) => s.figureIds);
  const articles = useAppStore((s) => s.articles);
  const scope = useMemo(() => yoyScope(panels, figureIds), [panels, figureIds]);
  const shaped = useMemo(() => {
    const data = yoyChartData(figures, scope.ids, lang, t);
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
  }, [figures, scope, articles, lang, t]);
  const title = t(scope.all ? 'yoy.titleAll' : 'yoy.title');

  if (shaped.chart.bars.length === 0) {
    return (
      <section className="compare-yoy" aria-labelledby="compare-yoy-empty">
        <h2 id="compare-yoy-empty">{title}</h2>
        <p>{t(scope.all ? 'yoy.empty' : 'yoy.emptyChosen')}</p>
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
      title={title}
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
