import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SeriesFrame, useSeriesContext } from '../../components/charts/series-frame';
import type { ChartSectionProps } from '../../components/charts/deferred-chart';
import { AppLink } from '../../components/ui/app-link';
import { DownloadMenu } from '../../components/ui/download-menu';
import type { IndicatorPanel, IndicatorSeries } from '../../data/indicators';
import { formatPeriod, formatValue } from '../../format';
import { useAppStore } from '../../store/app-store';
import {
  mixesCalibers,
  shapePanel,
  type PanelLimits,
  type SeriesContext,
} from '../../components/charts/series-shape';

/** Rows an indicator's table shows at first: the latest values; the rest are a click away. */
const TABLE_ROWS = 24;
/** Periods its chart draws: five years of months; a longer series is in the table. */
const CHART_PERIODS = 60;
/** Charts shown at first (one per span, region or measure); the rest are a click away. */
const PANELS_SHOWN = 4;

/**
 * One panel's chart and table. Each panel shapes its own series in a component of its own, so
 * React can hydrate the panels of a long indicator in separate tasks instead of one long one.
 */
function PanelFrame({
  series,
  panel,
  index,
  ctx,
  limits,
  onShowAllRows,
}: {
  series: IndicatorSeries;
  panel: IndicatorPanel;
  index: number;
  ctx: SeriesContext;
  limits: PanelLimits;
  onShowAllRows: () => void;
}) {
  const chart = useMemo(
    () => shapePanel(series, panel, index, ctx, limits),
    [series, panel, index, ctx, limits],
  );
  return <SeriesFrame chart={chart} headingLevel={2} tableOpen onShowAllRows={onShowAllRows} />;
}

/**
 * The series of an indicator: a chart per panel with its table open beside it (every value, its
 * basis, the changes printed for it and a link to its sentence), why 口径 differ when they do,
 * any values articles disagree on, changes with no level, and the downloads.
 */
export function IndicatorSeriesPart({ series }: ChartSectionProps & { series: IndicatorSeries }) {
  const { t } = useTranslation('indicators');
  const lang = useAppStore((s) => s.route.lang);
  const basisId = useId();
  const ctx = useSeriesContext();
  const [allRows, setAllRows] = useState(false);
  const [allPanels, setAllPanels] = useState(false);
  const showAllRows = useCallback(() => setAllRows(true), []);
  const hiddenPanels = allPanels ? 0 : Math.max(0, series.panels.length - PANELS_SHOWN);
  const shown = series.panels.slice(0, series.panels.length - hiddenPanels);
  const limits = useMemo(
    () => ({ periods: CHART_PERIODS, rows: allRows ? undefined : TABLE_ROWS }),
    [allRows],
  );
  const conflicts = series.panels.flatMap((panel) =>
    panel.points.filter((p) => p.conflicts.length > 0),
  );
  const { indicator } = series;
  return (
    <>
      {series.panels.some(mixesCalibers) && (
        <aside className="indicator-basis-note" aria-labelledby={basisId}>
          <h2 id={basisId}>{t('basisNote.heading')}</h2>
          <p>{t('basisNote.body')}</p>
        </aside>
      )}
      {conflicts.length > 0 && (
        <section className="indicator-conflicts" aria-label={t('conflicts.heading')}>
          <h2>{t('conflicts.heading')}</h2>
          <ul>
            {conflicts.map((point) => {
              const [first] = point.figures;
              const explained = [first!, ...point.conflicts].find((f) => f.conflictsWith);
              return (
                <li key={point.key}>
                  <p>
                    {t('conflicts.item', {
                      period: formatPeriod(point.period, t),
                      values: [first!, ...point.conflicts]
                        .map((f) => formatValue(f, lang, t))
                        .join(t('itemSeparator')),
                    })}
                  </p>
                  {explained?.note && <p>{explained.note[lang]}</p>}
                  <ul>
                    {[first!, ...point.conflicts].map((f) => (
                      <li key={f.id}>
                        <AppLink to={{ view: 'sources', params: { figure: f.id } }}>
                          {t('conflicts.source', { value: formatValue(f, lang, t) })}
                        </AppLink>
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <div className="indicator-charts">
        {shown.map((panel, i) => (
          <PanelFrame
            key={panel.key}
            series={series}
            panel={panel}
            index={i}
            ctx={ctx}
            limits={limits}
            onShowAllRows={showAllRows}
          />
        ))}
        {hiddenPanels > 0 && (
          <p className="indicator-more no-print">
            <button type="button" className="button" onClick={() => setAllPanels(true)}>
              {t('panels.showAll', { count: hiddenPanels })}
            </button>
          </p>
        )}
      </div>
      {series.looseChanges.length > 0 && (
        <section className="indicator-loose">
          <h2>{t('loose.heading')}</h2>
          <ul>
            {series.looseChanges.map((change) => (
              <li key={change.id}>
                {t('loose.item', {
                  value: formatValue(change, lang, t),
                  period: formatPeriod(change.period, t),
                })}{' '}
                <AppLink
                  to={{ view: 'sources', params: { figure: change.id } }}
                  aria-label={t('sourceOf', { name: change.name[lang] })}
                >
                  {t('sourceLink')}
                </AppLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      <DownloadMenu inView={series.figures} scope={indicator.id} />
    </>
  );
}
