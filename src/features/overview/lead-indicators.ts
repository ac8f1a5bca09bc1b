import type { TFunction } from 'i18next';
import type { IndicatorDigest, IndicatorInfo } from '../../data/indicators';
import type { Figure } from '../../data/schema';
import { rankIndicators } from '../../data/subsets';
import type { Sector } from '../../data/vocab';
import { summarizeDigest, type IndicatorSummary } from '../../format/indicator';
import type { Lang } from '../../i18n/languages';

export interface LeadIndicator {
  info: IndicatorInfo;
  digest: IndicatorDigest;
  summary: IndicatorSummary;
}

/**
 * The indicators a sector leads with (data/subsets.ts rankIndicators), the first `count` of them
 * formatted, and how many the sector has.
 */
export function leadIndicators(
  sector: Sector,
  indicators: ReadonlyMap<string, IndicatorInfo>,
  digests: ReadonlyMap<string, IndicatorDigest>,
  figures: ReadonlyMap<string, Figure>,
  count: number,
  lang: Lang,
  t: TFunction,
): { lead: LeadIndicator[]; total: number } {
  const ranked = rankIndicators(sector, indicators, digests);
  const lead = ranked.slice(0, count).flatMap(({ info, digest }) => {
    const summary = summarizeDigest(info, digest, figures, lang, t);
    return summary ? [{ info, digest, summary }] : [];
  });
  return { lead, total: ranked.length };
}
