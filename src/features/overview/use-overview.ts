import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, DashboardEvent, Figure } from '../../data/schema';
import { SECTORS, type Sector } from '../../data/vocab';
import { useAppStore } from '../../store/app-store';
import type { ShapeContext } from './chart-state';
import { planSector, type ChartPlan } from './overview-plan';

export interface SectorView {
  sector: Sector;
  articles: Article[];
  cards: Figure[];
  /** What each chart shows; each is shaped (texts, table, drawing data) by its own component. */
  charts: ChartPlan[];
  /** What shaping a chart needs: the language, `t` and the data. */
  ctx: ShapeContext;
  figureCount: number;
}

/**
 * Every sector's cards and planned charts, from the store, in the page's language. Only the plan is
 * made here; shaping a chart formats every value it shows, so each chart does it as it renders,
 * and React can pause between charts while it hydrates the page.
 */
export function useOverview(): SectorView[] {
  const { t } = useTranslation('overview');
  const lang = useAppStore((s) => s.route.lang);
  const figures = useAppStore((s) => s.figures);
  const figureIdsBySector = useAppStore((s) => s.figureIdsBySector);
  const eventsBySector = useAppStore((s) => s.eventsBySector);
  const articles = useAppStore((s) => s.articles);

  return useMemo(() => {
    const events = new Map<string, DashboardEvent>();
    for (const sector of SECTORS) for (const e of eventsBySector[sector] ?? []) events.set(e.id, e);
    const ctx: ShapeContext = { lang, t, figures, events, articles };
    return SECTORS.map((sector) => {
      const sectorFigures = (figureIdsBySector[sector] ?? [])
        .map((id) => figures.get(id))
        .filter((f): f is Figure => f !== undefined);
      const plan = planSector(sector, sectorFigures, eventsBySector[sector] ?? []);
      return {
        sector,
        articles: [...articles.values()].filter((a) => a.sector === sector),
        cards: plan.cardIds.map((id) => figures.get(id)!),
        charts: plan.charts,
        ctx,
        figureCount: sectorFigures.length,
      };
    });
  }, [lang, t, figures, figureIdsBySector, eventsBySector, articles]);
}
