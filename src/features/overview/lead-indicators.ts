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
 * the most recent, then the vocabulary's order.
 */
export function leadIndicators(
  sector: Sector,
  indicators: ReadonlyMap<string, IndicatorInfo>,
  digests: ReadonlyMap<string, IndicatorDigest>,
  figures: ReadonlyMap<string, Figure>,
  lang: Lang,
  t: TFunction,
): LeadIndicator[] {
  const lead: (LeadIndicator & { order: number })[] = [];
  let order = 0;
  for (const info of indicators.values()) {
    order += 1;
    const digest = digests.get(info.id);
    if (info.sector !== sector || !digest) continue;
    const summary = summarizeDigest(info, digest, figures, lang, t);
    if (summary) lead.push({ info, digest, summary, order });
  }
  return lead.sort(
    (a, b) =>
      b.digest.longest - a.digest.longest ||
      b.digest.end.localeCompare(a.digest.end) ||
      a.order - b.order,
  );
}
