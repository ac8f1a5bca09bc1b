import type { TFunction } from 'i18next';
import type { IndicatorDigest, IndicatorInfo } from '../../data/indicators';
import type { Figure } from '../../data/schema';
import type { Sector } from '../../data/vocab';
import { summarizeDigest, type IndicatorSummary } from '../../format/indicator';
import type { Lang } from '../../i18n/languages';

export interface LeadIndicator {
  info: IndicatorInfo;
  digest: IndicatorDigest;
  summary: IndicatorSummary;
}

/**
 * A sector's indicators in the order the overview leads with them: those followed over the most
 * periods first (a series before a lone number, or before one number in several regions), then
 * the most recent, then the vocabulary's order. Ranked on their digests; only the first `count`
 * are formatted, however many the sector has.
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
  const ranked: { info: IndicatorInfo; digest: IndicatorDigest; order: number }[] = [];
  let order = 0;
  for (const info of indicators.values()) {
    order += 1;
    const digest = digests.get(info.id);
    if (info.sector === sector && digest) ranked.push({ info, digest, order });
  }
  ranked.sort(
    (a, b) =>
      b.digest.longest - a.digest.longest ||
      b.digest.end.localeCompare(a.digest.end) ||
      a.order - b.order,
  );
  const lead = ranked.slice(0, count).flatMap(({ info, digest }) => {
    const summary = summarizeDigest(info, digest, figures, lang, t);
    return summary ? [{ info, digest, summary }] : [];
  });
  return { lead, total: ranked.length };
}
