import type { TFunction } from 'i18next';
import {
  basisKey,
  plottedValue,
  type IndicatorPanel,
  type IndicatorSeries,
  type SeriesPoint,
} from '../data/indicators';
import type { Figure } from '../data/schema';
import { LEVEL_MEASURES } from '../data/vocab';
import type { Lang } from '../i18n/languages';
import { formatPeriod } from './date';
import { formatBasis, formatMeasure, formatRegion } from './labels';
import { formatValue } from './number';

/** One mark of a small trend: its value and whether it was computed. */
export interface TrendMark {
  value: number;
  computed: boolean;
}

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
  figure?: Figure;
  /** The latest panel's points of the latest point's basis, in time order. */
  trend: TrendMark[];
  /** A line for three or more points of a rate or a change; else columns. */
  trendKind: 'line' | 'columns';
}

/** Whether a panel's points are drawn as a line (three or more of a rate or a change). */
export function drawsAsLine(panel: Pick<IndicatorPanel, 'measure'>, points: number): boolean {
  return points >= 3 && !LEVEL_MEASURES.has(panel.measure);
}

/** A point's basis in words: 同口径、规模以上企业 / same-caliber, above-scale enterprises. */
export function basisText(point: Pick<SeriesPoint, 'basis'>, t: TFunction): string {
  return point.basis.map((b) => formatBasis(b, t)).join(t('charts:card.listSeparator'));
}

export function summarizeIndicator(
  series: IndicatorSeries,
  lang: Lang,
  t: TFunction,
): IndicatorSummary | null {
  const name = series.indicator.name[lang];
  if (!series.latest) return null;
  const { point, panel } = series.latest;
  const figure = point.figures[0]!;
  const change = point.changes[0];
  const basis = basisKey(point.basis);
  const trend = panel.points
    .filter((p) => basisKey(p.basis) === basis || p.computed)
    .map((p) => ({ value: plottedValue(p.value), computed: p.computed }));
  return {
    value: formatValue(figure, lang, t, { title: name }),
    period: formatPeriod(point.period, t),
    region: formatRegion(panel.region, t),
    change: change
      ? {
          value: formatValue(change, lang, t),
          measure: formatMeasure(change.measure, t),
          figure: change,
        }
      : undefined,
    computed: point.computed,
    figure,
    trend,
    trendKind: drawsAsLine(panel, trend.length) ? 'line' : 'columns',
  };
}
