import type { TFunction } from 'i18next';
import type { IndicatorDigest, IndicatorInfo, SeriesPoint, TrendMark } from '../data/indicators';
import type { Figure } from '../data/schema';
import type { Lang } from '../i18n/languages';
import { formatPeriod } from './date';
import { formatBasis, formatMeasure, formatRegion } from './labels';
import { formatValue } from './number';

/** An indicator's latest value in words, as the index, the overview and its page lead with it. */
export interface IndicatorSummary {
  value: string;
  period: string;
  region: string;
  /** The first change printed for the latest point: +26.2%, with its measure named. */
  change?: { value: string; measure: string; figure: Figure };
  /** The latest value was computed, not printed. */
  computed: boolean;
  /** The figure behind the latest value: its source sentence is one link away. */
  figure: Figure;
  trend: readonly TrendMark[];
  trendKind: 'line' | 'columns';
}

/** A point's basis in words: 同口径、规模以上企业 / same-caliber, above-scale enterprises. */
export function basisText(point: Pick<SeriesPoint, 'basis'>, t: TFunction): string {
  return point.basis.map((b) => formatBasis(b, t)).join(t('charts:card.listSeparator'));
}

/** An indicator's digest in the page's language; null if its figures are not loaded. */
export function summarizeDigest(
  info: IndicatorInfo,
  digest: IndicatorDigest,
  figures: ReadonlyMap<string, Figure>,
  lang: Lang,
  t: TFunction,
): IndicatorSummary | null {
  const figure = figures.get(digest.latest);
  if (!figure) return null;
  const change = digest.changes.map((id) => figures.get(id)).find((f) => f !== undefined);
  return {
    value: formatValue(figure, lang, t, { title: info.name[lang] }),
    period: formatPeriod(figure.period, t),
    region: formatRegion(figure.region, t),
    change: change
      ? {
          value: formatValue(change, lang, t),
          measure: formatMeasure(change.measure, t),
          figure: change,
        }
      : undefined,
    computed: figure.derived !== undefined,
    figure,
    trend: digest.trend,
    trendKind: digest.line ? 'line' : 'columns',
  };
}
