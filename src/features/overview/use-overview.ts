import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, DashboardEvent, Figure } from '../../data/schema';
import { SECTORS, type Sector } from '../../data/vocab';
import { useAppStore } from '../../store/app-store';
import type { ShapeContext } from './chart-state';
import {
  byPublication,
  chartFigures,
  LATEST_ARTICLES,
  LATEST_EVENTS,
  LEAD_INDICATORS,
} from '../../data/subsets';
import { leadIndicators, type LeadIndicator } from './lead-indicators';
import { planSector, type ChartPlan } from './overview-plan';

export { LATEST_EVENTS };

export interface SectorView {
  sector: Sector;
  /** The latest articles of the sector (at most LATEST_ARTICLES) and how many there are. */
  articles: Article[];
  articleCount: number;
  /** The indicators shown, most followed first, each with its latest value and trend. */
  indicators: LeadIndicator[];
  indicatorCount: number;
  /** What each chart shows; each is shaped (texts, table, drawing data) by its own component. */
  charts: ChartPlan[];
  /** What shaping a chart needs: the language, `t` and the data. */
  ctx: ShapeContext;
  figureCount: number;
  eventCount: number;
}

/**
 * Every sector's lead indicators and planned charts, from the store, in the page's language.
 * What a section shows is bounded: its lead indicators, charts of their latest values and the
 * latest milestones, so a hundred times the articles makes no longer a page. Only the plan is
 * made here; shaping a chart formats every value it shows, so each chart does it as it renders.
 */
export function useOverview(): SectorView[] {
  const { t } = useTranslation('overview');
  const lang = useAppStore((s) => s.route.lang);
  const figures = useAppStore((s) => s.figures);
  const figureIdsBySector = useAppStore((s) => s.figureIdsBySector);
  const eventsBySector = useAppStore((s) => s.eventsBySector);
  const articles = useAppStore((s) => s.articles);
  const indicators = useAppStore((s) => s.indicators);
  const digests = useAppStore((s) => s.digests);
  const counts = useAppStore((s) => s.counts);

  return useMemo(() => {
    const events = new Map<string, DashboardEvent>();
    for (const sector of SECTORS) for (const e of eventsBySector[sector] ?? []) events.set(e.id, e);
    const ctx: ShapeContext = { lang, t, figures, events, articles };
    return SECTORS.map((sector) => {
      const sectorFigures = (figureIdsBySector[sector] ?? [])
        .map((id) => figures.get(id))
        .filter((f): f is Figure => f !== undefined);
      const { lead: shown, total } = leadIndicators(
        sector,
        indicators,
        digests,
        figures,
        LEAD_INDICATORS,
      );
      const sectorEvents = eventsBySector[sector] ?? [];
      const plan = planSector(
        sector,
        chartFigures(shown, sectorFigures),
        sectorEvents.slice(-LATEST_EVENTS),
      );
      const sectorArticles = [...articles.values()]
        .filter((a) => a.sector === sector)
        .sort(byPublication);
      return {
        sector,
        articles: sectorArticles.slice(0, LATEST_ARTICLES),
        articleCount: counts.articlesBySector[sector] ?? 0,
        indicators: shown,
        indicatorCount: total,
        charts: plan.charts,
        ctx,
        figureCount: counts.figuresBySector[sector] ?? 0,
        eventCount: counts.eventsBySector[sector] ?? 0,
      };
    });
  }, [lang, t, figures, figureIdsBySector, eventsBySector, articles, indicators, digests, counts]);
}
