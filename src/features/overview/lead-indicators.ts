import type { IndicatorDigest, IndicatorInfo } from '../../data/indicators';
import type { Figure } from '../../data/schema';
import { rankIndicators } from '../../data/subsets';
import type { Sector } from '../../data/vocab';

export interface LeadIndicator {
  info: IndicatorInfo;
  digest: IndicatorDigest;
}

/**
 * The indicators a sector leads with (data/subsets.ts rankIndicators): the first `count` of them
 * whose latest value the data holds, and how many the sector has. Each tile puts its own in words
 * (IndicatorTile), so React hydrates the tiles in slices rather than in one long task.
 */
export function leadIndicators(
  sector: Sector,
  indicators: ReadonlyMap<string, IndicatorInfo>,
  digests: ReadonlyMap<string, IndicatorDigest>,
  figures: ReadonlyMap<string, Figure>,
  count: number,
): { lead: LeadIndicator[]; total: number } {
  const ranked = rankIndicators(sector, indicators, digests);
  const lead = ranked
    .slice(0, count)
    .filter(({ digest }) => figures.has(digest.latest))
    .map(({ info, digest }) => ({ info, digest }));
  return { lead, total: ranked.length };
}
