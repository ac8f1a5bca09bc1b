import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, DashboardEvent, Figure } from '../../data/schema';
import { SECTORS, type Sector } from '../../data/vocab';
import { useAppStore } from '../../store/app-store';
import type { ShapeContext } from './chart-state';
import { leadIndicators, type LeadIndicator } from './lead-indicators';
import { planSector, type ChartPlan } from './overview-plan';

/** Indicators a sector leads with; the rest are a link away, however many articles there are. */
export const LEAD_INDICATORS = 8;
/** Milestones a sector's timeline shows, the latest; the table lists them all. */
export const LATEST_EVENTS = 6;
/** Source articles named under a sector's heading, the latest; the sources page lists them all. */
export const LATEST_ARTICLES = 3;

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

function byPublication(a: Article, b: Article): number {
  return (b.publication.date ?? '').localeCompare(a.publication.date ?? '');
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
        lang,
        t,
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
        articleCount: sectorArticles.length,
        indicators: shown,
        indicatorCount: total,
        charts: plan.charts,
        ctx,
        figureCount: sectorFigures.length,
        eventCount: sectorEvents.length,
      };
    });
  }, [lang, t, figures, figureIdsBySector, eventsBySector, articles, indicators, digests]);
}

/**
 * The figures the section's charts compare: each shown indicator's latest values (one per
 * panel: per region, per span) with the changes printed for them, the values computed from them,
 * and the marks they are measured against; in curated order.
 */
function chartFigures(shown: readonly LeadIndicator[], sectorFigures: readonly Figure[]): Figure[] {
  const chosen = new Set(shown.flatMap((lead) => lead.digest.recent));
  for (const f of sectorFigures) {
    if (f.reference && chosen.has(f.id)) chosen.add(f.reference);
    if (f.derived?.inputs.some((id) => chosen.has(id))) chosen.add(f.id);
  }
  return sectorFigures.filter((f) => chosen.has(f.id));
}
