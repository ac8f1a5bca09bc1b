import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/charts/chart-frame';
import { formatUnitLabel } from '../../format';
import { useAppStore } from '../../store/app-store';
import { unitGroupChart } from './compare-charts';
import { unitGroups } from './compare-chart-state';
import { yoyBars, type CompareItem } from './compare-state';
import { sourceLine } from './chart-sources';

/**
 * The chosen individual figures on axes of their own unit: one small chart per unit that holds
 * two or more of them, and a plain statement when units differ, never a shared axis.
 */
export function UnitComparison({ id, items }: { id: string; items: readonly CompareItem[] }) {
  const { t } = useTranslation('compare');
  const lang = useAppStore((s) => s.route.lang);
  const figures = useAppStore((s) => s.figures);
  const figureIds = useAppStore((s) => s.figureIds);
  const articles = useAppStore((s) => s.articles);
  const ids = useMemo(() => items.flatMap((i) => (i.kind === 'figure' ? [i.id] : [])), [items]);
  const shaped = useMemo(() => {
    const groups = unitGroups(ids, figures);
    // The year-on-year chart already puts every percent change on one axis.
    const yoy = new Set(yoyBars(figures, figureIds).map((b) => b.id));
    const charted = groups.filter((g) => g.ids.length >= 2 && !g.ids.every((id) => yoy.has(id)));
    return {
      groups,
      charts: charted.map((g) => ({
        group: g,
        title: t(g.change ? 'units.changeTitle' : 'units.chartTitle', {
          unit: formatUnitLabel(g.unit, t),
          count: g.ids.length,
        }),
        source: sourceLine(g.ids, figures, articles, lang, t),
        ...unitGroupChart(g, figures, lang, t),
      })),
    };
  }, [ids, figures, figureIds, articles, lang, t]);

  if (ids.length < 2 || (shaped.groups.length < 2 && shaped.charts.length === 0)) return null;
  const units = [...new Set(shaped.groups.map((g) => formatUnitLabel(g.unit, t)))];
  return (
    <section className="compare-units" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('units.heading')}</h2>
      {shaped.groups.length > 1 && (
        <p className="compare-units__note">
          {shaped.charts.length === 0
            ? t('units.cardsOnly', { list: units.join(t('listSeparator')) })
            : t('units.multiples')}
        </p>
      )}
      {shaped.charts.length > 0 && (
        <div className="compare-units__charts">
          {shaped.charts.map((c) => (
            <ChartFrame
              key={c.group.key}
              id={`compare-unit-${c.group.key.replace(/[^a-z0-9]+/g, '-')}`}
              title={c.title}
              subtitle={c.chart.axis.title}
              description={t('units.description', { list: c.summary.join(t('clauseSeparator')) })}
              table={c.table}
              source={c.source}
              headingLevel={3}
              drawing={{
                chart: { kind: 'bars', data: c.chart },
                height: c.height,
                summary: c.summary,
              }}
            />
          ))}
        </div>
      )}
    </section>
  );
}
