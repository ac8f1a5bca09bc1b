import type { TFunction } from 'i18next';
import type { Unit } from '../data/schema';
import type { Lang } from '../i18n/languages';
import { COMPACT_FROM, EXACT_DIGITS, TICK_DIGITS, join, numberFormat } from './number';
import { keyOf, tf } from './translate';

// Axis formatting is charts' only: imported from here, not from format/index, it loads with the
// charts' code rather than with every page.

export interface AxisScale {
  /** Divide values by this before plotting them on the axis. */
  divisor: number;
  /** The axis title: the scale and the unit, e.g. `亿吨` / `million t`, or just `%`. */
  label: string;
}

/**
 * The scale of a chart axis whose largest value is `maxValue`, chosen the way Intl compact
 * notation scales that value in the language (and from the same threshold as formatNumber):
 * 9.53亿 gives ticks in 亿吨, 953 million in million t.
 */
export function formatAxisScale(maxValue: number, unit: Unit, lang: Lang, t: TFunction): AxisScale {
  const magnitude = Math.abs(maxValue);
  let divisor = 1;
  let scale = '';
  if (Number.isFinite(magnitude) && magnitude >= COMPACT_FROM[lang]) {
    const parts = numberFormat(lang, magnitude, EXACT_DIGITS).formatToParts(magnitude);
    const word = parts.find((p) => p.type === 'compact')?.value;
    const digits = parts
      .filter((p) => p.type === 'integer' || p.type === 'decimal' || p.type === 'fraction')
      .map((p) => (p.type === 'decimal' ? '.' : p.value))
      .join('');
    const mantissa = Number(digits);
    if (word && mantissa > 0) {
      scale = word;
      divisor = 10 ** Math.round(Math.log10(magnitude / mantissa));
    }
  }
  const label = tf(t, `axis.${keyOf(unit)}`, { scale })
    .replace(/\s+/g, ' ')
    .trim();
  return { divisor, label };
}

/** An axis tick already divided by formatAxisScale's divisor: 9.5, 1,000 (en), 1000 (zh). */
export function formatAxisTick(value: number, lang: Lang): string {
  return join(numberFormat(lang, 0, TICK_DIGITS).formatToParts(value));
}
