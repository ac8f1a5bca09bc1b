import type { TFunction } from 'i18next';
import type { Basis, Figure, Range, Unit } from '../data/schema';
import { CALIBERS, CHANGE_MEASURES } from '../data/vocab';
import { INTL_LOCALE, type Lang } from '../i18n/languages';
import { formatBasis } from './labels';
import { keyOf, tf, tfFirst } from './translate';

/**
 * Intl's maximum: it then prints the shortest decimal that reads back as the stored double, so a
 * stored 953000000 shows as 9.53亿 and 225600 as 22.56万, never rounded to Intl's default 2 digits.
 */
export const EXACT_DIGITS = 21;
/** A derived value is computed, not printed: more digits would claim precision it does not have. */
const DERIVED_DIGITS = 3;
/** For chart ticks, which are divided by a scale: enough digits for any tick, few enough to hide float noise. */
export const TICK_DIGITS = 15;

/**
 * Where each language starts using scale words, as its press does: English prints full numbers
 * below a million (528,000) and 953 million above; Chinese uses 万/亿 from 万 up (52.8万户).
 */
export const COMPACT_FROM: Record<Lang, number> = { zh: 1e4, en: 1e6 };

const MINUS_SIGN = '\u2212';

type SignDisplay = 'auto' | 'exceptZero';

const formatters = new Map<string, Intl.NumberFormat>();

export function numberFormat(
  lang: Lang,
  magnitude: number,
  digits: number,
  signDisplay: SignDisplay = 'auto',
): Intl.NumberFormat {
  const compact = magnitude >= COMPACT_FROM[lang];
  const cacheKey = `${lang}|${compact}|${digits}|${signDisplay}`;
  let format = formatters.get(cacheKey);
  if (!format) {
    const options: Intl.NumberFormatOptions = { maximumSignificantDigits: digits, signDisplay };
    if (compact) {
      options.notation = 'compact';
      if (lang === 'en') options.compactDisplay = 'long';
    } else if (lang === 'zh') {
      // Chinese articles print 1600 and 2000 without a separator, where Intl zh-CN writes 1,600.
      options.useGrouping = false;
    }
    format = new Intl.NumberFormat(INTL_LOCALE[lang], options);
    formatters.set(cacheKey, format);
  }
  return format;
}

/** The magnitude as it will print, so 999,600 at three digits counts as a million. */
function printedMagnitude(value: number, digits: number): number {
  return Math.abs(Number(value.toPrecision(digits)));
}

/** A part of Intl's output, from a single number or a range (which marks its `source`). */
interface Part {
  type: string;
  value: string;
  source?: string;
}

export function join(parts: readonly Part[]): string {
  return parts.map((p) => (p.type === 'minusSign' ? MINUS_SIGN : p.value)).join('');
}

interface NumberParts {
  /** `+`, `−` or empty: kept apart so a language can print it before a currency (−CNY 30/t). */
  sign: string;
  /** The digits, or a range of them: `9.53`, `528,000`, `20—30`. */
  number: string;
  /** The scale word Intl chose with the space before it, if any: `亿`, ` million`. */
  scale: string;
}

/** Splits a trailing scale word shared by the whole number (or range) from its digits. */
function splitScale(parts: readonly Part[]): Omit<NumberParts, 'sign'> {
  const shared = (p: Part) => p.source === undefined || p.source === 'shared';
  let start = parts.length;
  while (start > 0) {
    const part = parts[start - 1]!;
    if (!shared(part) || (part.type !== 'compact' && part.type !== 'literal')) break;
    start -= 1;
  }
  if (!parts.slice(start).some((p) => p.type === 'compact')) {
    return { number: join(parts), scale: '' };
  }
  return { number: join(parts.slice(0, start)), scale: join(parts.slice(start)) };
}

function signOf(value: number, lang: Lang, signed: boolean): string {
  const parts = numberFormat(lang, 0, 1, signed ? 'exceptZero' : 'auto').formatToParts(value);
  const sign = parts.find((p) => p.type === 'plusSign' || p.type === 'minusSign');
  if (!sign) return '';
  return sign.type === 'minusSign' ? MINUS_SIGN : sign.value;
}

function numberParts(
  value: number | Range,
  lang: Lang,
  digits: number,
  signed: boolean,
  separator: string,
): NumberParts {
  if (typeof value === 'number') {
    const body = numberFormat(lang, printedMagnitude(value, digits), digits);
    return {
      sign: signOf(value, lang, signed),
      ...splitScale(body.formatToParts(Math.abs(value))),
    };
  }
  const { min, max } = value;
  if (min === max) return numberParts(min, lang, digits, signed, separator);
  // Both ends on one side of zero share one sign outside the range (+5—30元/吨); else each has its own.
  const mixed = min < 0 && max > 0;
  const [low, high] = mixed ? [min, max] : [Math.abs(min), Math.abs(max)].sort((a, b) => a - b);
  const magnitude = Math.max(printedMagnitude(min, digits), printedMagnitude(max, digits));
  const format = numberFormat(lang, magnitude, digits, mixed && signed ? 'exceptZero' : 'auto');
  const parts: Part[] = format.formatRangeToParts(low!, high!);
  // Intl's separator varies (`–`, ` - `); each language prints its own dash (20—30, 20–30).
  const lastStart = parts.findLastIndex((p) => p.source === 'startRange');
  const firstEnd = parts.findIndex((p) => p.source === 'endRange');
  const spliced: Part[] = [
    ...parts.slice(0, lastStart + 1),
    { type: 'literal', value: separator, source: 'shared' },
    ...parts.slice(firstEnd),
  ];
  return { sign: mixed ? '' : signOf(min < 0 ? min : max, lang, signed), ...splitScale(spliced) };
}

/**
 * A number as the language's press prints it, every stored digit kept: 9.53亿 / 953 million,
 * 52.8万 / 528,000, 1600 / 1,600. Negative numbers take a true minus sign (−).
 */
export function formatNumber(value: number, lang: Lang): string {
  const parts = numberFormat(lang, printedMagnitude(value, EXACT_DIGITS), EXACT_DIGITS);
  return join(parts.formatToParts(value));
}

export type FormattableFigure = Pick<
  Figure,
  'value' | 'unit' | 'qualifier' | 'measure' | 'basis' | 'derived'
>;

/** Text reduced to letters and digits, so "same caliber" and "same-caliber" compare equal. */
function bare(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A figure's full display: qualifier, number or range, unit, the sign of a change and its 口径:
 * 超过165万套 / over 1.65 million homes, 约260亿元 / about CNY 26 billion, +1.3%（同口径）.
 * A derived figure shows three significant digits after ≈. Shown under a `title` that already
 * names the 口径 (水泥产量同比（同口径）), the value leaves it out rather than say it twice.
 */
export function formatValue(
  figure: FormattableFigure,
  lang: Lang,
  t: TFunction,
  options: { title?: string; short?: boolean } = {},
): string {
  const digits = figure.derived ? DERIVED_DIGITS : EXACT_DIGITS;
  const signed = CHANGE_MEASURES.has(figure.measure);
  const separator = tf(t, 'number.rangeSeparator');
  const { sign, number, scale } = numberParts(figure.value, lang, digits, signed, separator);
  // A derived value's ≈ already says it is approximate: no second qualifier word (≈约9.41亿吨).
  const qualifier = keyOf(figure.derived ? 'exact' : figure.qualifier);
  // Some qualifiers sit inside the number in Chinese (1000余万元), so the number gets its own template.
  const quantity = tf(t, `qualifiedNumber.${qualifier}`, { number, scale });
  const count = Math.abs(typeof figure.value === 'number' ? figure.value : figure.value.max);
  const unitKey = keyOf(figure.unit);
  // In tight places (a label on a bar) a unit may print shorter: +0.9 pp.
  const keys = options.short ? [`unitShort.${unitKey}`, `unit.${unitKey}`] : [`unit.${unitKey}`];
  const amount = sign + tfFirst(t, keys, { value: quantity, count });
  let text = tf(t, `qualified.${qualifier}`, { value: amount });
  if (figure.measure === 'yoy-change') {
    const caliber = figure.basis?.find((b) => CALIBERS.has(b));
    const basis = caliber ? formatBasis(caliber, t) : '';
    const named = options.title !== undefined && bare(options.title).includes(bare(basis));
    if (caliber && !named) text = tf(t, 'change.withBasis', { value: text, basis });
  }
  return figure.derived ? tf(t, 'number.derived', { value: text }) : text;
}

/** A signed change with its unit: +1.3% / −2.4% / +30元/吨 / +CNY 30/t, and its 口径 if given. */
export function formatChange(
  value: number | Range,
  unit: Unit,
  lang: Lang,
  t: TFunction,
  basis?: readonly Basis[],
): string {
  return formatValue(
    {
      value,
      unit,
      qualifier: 'exact',
      measure: 'yoy-change',
      basis: basis ? [...basis] : undefined,
    },
    lang,
    t,
  );
}

/** The unit on its own, for a legend or column title: 吨 / t, 元 / CNY, 套 / homes. */
export function formatUnitLabel(unit: Unit, t: TFunction): string {
  return tf(t, `axis.${keyOf(unit)}`, { scale: '' })
    .replace(/\s+/g, ' ')
    .trim();
}
