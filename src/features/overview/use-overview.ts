import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, DashboardEvent, Figure } from '../../data/schema';
import { SECTORS, type Sector } from '../../data/vocab';
import { useAppStore } from '../../store/app-store';
import type { ShapedChart } from './chart-state';
import { planSector } from './overview-plan';
import { shapeChart } from './shape-chart';

export interface SectorView {
  sector: Sector;
  articles: Article[];
  cards: Figure[];
  charts: ShapedChart[];
  figureCount: number;
}

/** Every sector's cards and shaped charts, from the store, in the page's language. */
export function useOverview(): SectorView[] {
  const { t } = useTranslation('overview');
  const lang = useAppStore((s) => s.route.lang);
  const figures = useAppStore((s) => s.figures);
  const figureIdsBySector = useAppStore((s) => s.figureIdsBySector);
  const eventsBySector = useAppStore((s) => s.eventsBySector);
  const articles = useAppStore((s) => s.articles);

  return useMemo(() => {
    const events: Record<string, DashboardEvent> = {};
    for (const sector of SECTORS) for (const e of eventsBySector[sector]) events[e.id] = e;
    const ctx = { lang, t, figures, events, articles };
    return SECTORS.map((sector) => {
      const sectorFigures = figureIdsBySector[sector]
        .map((id) => figures[id])
        .filter((f): f is Figure => f !== undefined);
      const plan = planSector(sector, sectorFigures, eventsBySector[sector]);
      return {
        sector,
        articles: Object.values(articles).filter((a) => a.sector === sector),
        cards: plan.cardIds.map((id) => figures[id]!),
        charts: plan.charts.map((chart) => shapeChart(chart, ctx)),
        figureCount: sectorFigures.length,
      };
    });
  }, [lang, t, figures, figureIdsBySector, eventsBySector, articles]);
}
