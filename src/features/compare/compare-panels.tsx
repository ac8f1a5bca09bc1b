import { useTranslation } from 'react-i18next';
import { FigureCard } from '../../components/ui/figure-card';
import type { Figure } from '../../data/schema';
import { formatSector } from '../../format';
import { useAppStore } from '../../store/app-store';
import type { ComparePanel, FigurePanel, SectorPanel } from './compare-state';
import { IndicatorPanelView } from './indicator-comparison';

function cards(ids: readonly string[], figures: ReadonlyMap<string, Figure>) {
  return ids.flatMap((id) => {
    const figure = figures.get(id);
    return figure ? [<FigureCard key={id} figure={figure} headingLevel={4} />] : [];
  });
}

function SectorPanelView({ panel }: { panel: SectorPanel }) {
  const { t } = useTranslation('compare');
  const figures = useAppStore((s) => s.figures);
  const headingId = `compare-panel-${panel.sector}`;
  const rest = panel.allIds.filter((id) => !panel.headlineIds.includes(id));
  return (
    <section className="compare-panel compare-panel--sector" aria-labelledby={headingId}>
      <header className="compare-panel__head">
        <p className="compare-panel__kind">{t('panel.sector')}</p>
        <h3 id={headingId}>{formatSector(panel.sector, t)}</h3>
        <p className="compare-panel__count">
          {t('panel.figureCount', { count: panel.allIds.length })}
        </p>
      </header>
      <div className="compare-panel__cards">{cards(panel.headlineIds, figures)}</div>
      {rest.length > 0 && (
        <details className="compare-panel__more">
          <summary>{t('panel.showAll', { count: panel.allIds.length })}</summary>
          <div className="compare-panel__cards">{cards(rest, figures)}</div>
        </details>
      )}
    </section>
  );
}

function FigurePanelView({ panel }: { panel: FigurePanel }) {
  const { t } = useTranslation('compare');
  const figure = useAppStore((s) => s.figures.get(panel.id));
  if (!figure) return null;
  return (
    <div className="compare-panel compare-panel--figure">
      <p className="compare-panel__kind">
        {t('panel.figureOf', { sector: formatSector(panel.sector, t) })}
      </p>
      <FigureCard figure={figure} headingLevel={3} />
    </div>
  );
}

/** The chosen items side by side: a row of 2–4 columns on wide screens, stacked on phones. */
export function ComparePanels({ id, panels }: { id: string; panels: readonly ComparePanel[] }) {
  const { t } = useTranslation('compare');
  if (panels.length === 0) return null;
  return (
    <div
      id={id}
      className={`compare-panels compare-panels--${panels.length}`}
      role="group"
      aria-label={t('selection.panelsLabel')}
    >
      {panels.map((panel) =>
        panel.kind === 'sector' ? (
          <SectorPanelView key={panel.key} panel={panel} />
        ) : panel.kind === 'indicator' ? (
          <IndicatorPanelView key={panel.key} panel={panel} />
        ) : (
          <FigurePanelView key={panel.key} panel={panel} />
        ),
      )}
    </div>
  );
}
