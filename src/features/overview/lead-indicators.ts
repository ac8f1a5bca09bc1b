import type { TFunction } from 'i18next';
import {
  figuresByIndicator,
  indicatorSeries,
  type IndicatorInfo,
  type IndicatorSeries,
} from '../../data/indicators';
import type { Figure } from '../../data/schema';
import { CHANGE_MEASURES } from '../../data/vocab';
import { summarizeIndicator, type IndicatorSummary } from '../../format/indicator';
import type { Lang } from '../../i18n/languages';

export interface LeadIndicator {
  info: IndicatorInfo;
  series: IndicatorSeries;
  summary: IndicatorSummary;
}

const isChange = (measure: string) => CHANGE_MEASURES.has(measure);

/** The most values one panel of a series has: how far the indicator is followed over time. */
function longestPanel(series: IndicatorSeries): number {
  return Math.max(0, ...series.panels.map((p) => p.points.length));
}

/**
 * A sector's indicators in the order the overview leads with them: those followed over the most
 * periods first (a series before a lone number, or before one number in several regions), then
 * the most recent, then the vocabulary's order.
 */
export function leadIndicators(
  indicators: ReadonlyMap<string, IndicatorInfo>,
  sectorFigures: readonly Figure[],
  lang: Lang,
  t: TFunction,
): LeadIndicator[] {
  const groups = figuresByIndicator(sectorFigures);
  const lead: (LeadIndicator & { order: number })[] = [];
  let order = 0;
  for (const info of indicators.values()) {
    const own = groups.get(info.id);
    order += 1;
    if (!own) continue;
    const series = indicatorSeries(info, own, isChange);
    const summary = summarizeIndicator(series, lang, t);
    if (summary) lead.push({ info, series, summary, order });
  }
  return lead.sort(
    (a, b) =>
      longestPanel(b.series) - longestPanel(a.series) ||
      (b.series.latest?.point.end ?? '').localeCompare(a.series.latest?.point.end ?? '') ||
      a.order - b.order,
  );
}
