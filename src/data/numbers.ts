import type { Qualifier, Range, Unit } from './schema.ts';
import { PROJECT_VOCABULARY, type Vocabulary } from './vocabulary.ts';

/**
 * Reading figures as Chinese newspapers print them: `9.53 亿吨`, `1000 余万元`, `下降 2.4%`,
 * `20 元/吨至 30 元/吨`, `百余个`. Values are computed from the decimal string, never by
 * floating-point multiplication, so `9.53 亿` is exactly 953000000.
 */

const FULL_WIDTH: Record<string, string> = { '．': '.', '％': '%', '－': '-', '～': '~', '−': '-' };

/** Whether two figure values are equal: the same number, or ranges with the same ends. */
export function sameValue(a: number | Range, b: number | Range): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  return a.min === b.min && a.max === b.max;
}

/** Drops all whitespace (newspaper text spaces out characters and breaks lines mid-figure). */
export function stripWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

function normalize(text: string): string {
  return stripWhitespace(text)
    .replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．％－～−]/gu, (c) => FULL_WIDTH[c] ?? c);
}

const MULTIPLIER_POWERS: Record<string, number> = { 百: 2, 千: 3, 万: 4, 亿: 8 };
/** After 千 these start a unit (千伏安 kVA, 千瓦 kW, 千克 kg, 千米 km…), so 千 is not a multiplier. */
const KILO_UNIT_START = /^[伏瓦克米焦帕赫卡兆]/u;
const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_NUMERAL_RUN = /[零〇一二两三四五六七八九十百千万亿]+/gu;
const NUMERAL_CHAR = '[\\d零〇一二两三四五六七八九十百千万亿]';

const NEGATIVE_WORDS = [
  '下降',
  '减少',
  '下跌',
  '回落',
  '降低',
  '下调',
  '下滑',
  '微降',
  '减产',
  '净减',
  '少增',
  '放缓',
  '回调',
  '缩减',
  '收缩',
  '减缓',
  '降',
  '减',
  '跌',
];
const POSITIVE_WORDS = [
  '增长',
  '增加',
  '上涨',
  '上调',
  '提升',
  '上升',
  '提高',
  '加快',
  '回升',
  '攀升',
  '微增',
  '增产',
  '净增',
  '多增',
  '高出',
  '多出',
  '增',
  '涨',
];
/** The width of a rise or fall: 收窄 and 扩大 take their sign from what narrows or widens. */
const WIDTH_WORDS = ['收窄', '缩小', '扩大'];
/** After a comparison (比上年低, 较上月多, 比…快), a bare 高/低/多/少/快/慢 says the direction. */
const COMPARISON_WORDS: Record<string, -1 | 1> = { 高: 1, 多: 1, 快: 1, 低: -1, 少: -1, 慢: -1 };
/**
 * A direction word right before the figure, optionally with 了 and a qualifier between them.
 * `下降到 5%` / `降至` print a level, not a change, so 到/至/为 do not qualify.
 */
const DIRECTION_BEFORE = new RegExp(
  `(${[...NEGATIVE_WORDS, ...POSITIVE_WORDS, ...WIDTH_WORDS, ...Object.keys(COMPARISON_WORDS)]
    .sort((a, b) => b.length - a.length)
    .join('|')})了?(?:约|大约|近|接近|超过|超|逾|达)?$`,
  'u',
);
/** 降幅超20%, 跌幅为3%: the width of a fall, printed as a number, is a fall. */
const FALL_WIDTH_VALUE = /(?:降幅|跌幅|减幅|下降幅度)(?:为|达|达到|超过|超|约|近|接近)?$/u;
/** A fall's width (降幅, 跌幅): narrowing it is a rise of the rate, widening it a fall. */
const FALL_WIDTH = /(?:降幅|跌幅|减幅|降速|下降幅度|下滑幅度)[^，。；：,;:]*$/u;
/** Comparatives that govern a number printed after the thing compared (高于…增速1.6个百分点). */
const COMPARATIVE = /(高于|快于|超过|超出|低于|慢于|少于)[^，。；：,;:\d]*$/u;
const COMPARATIVE_SIGN: Record<string, -1 | 1> = {
  高于: 1,
  快于: 1,
  超过: 1,
  超出: 1,
  低于: -1,
  慢于: -1,
  少于: -1,
};
/** The items of a list already read (`5.0%、6.1%和`): a later item shares the first one's verb. */
const LIST_ITEMS_BEFORE =
  /(?:\d+(?:\.\d+)?(?:[万亿]+)?(?:%|个百分点|百分点)?(?:、|和|及|与|以及))+$/u;

const RANGE_SEPARATOR = /^(?:至|到|—+|–|-|~)$/u;
const CLAUSE_BREAK = /[，。；、：,;:（）()“”]/u;

type Token = {
  start: number;
  /** Index just after the number, 余/多, multiplier and % sign. */
  end: number;
  /** Index just after the digits (before 余/多, multiplier and %). */
  digitsEnd: number;
  digits: string;
  fraction: string;
  power: number;
  /** Set for Chinese numerals, which are computed exactly as integers. */
  integer?: number;
};

/** Shifts the decimal point of `digits.fraction` right by `power` places, exactly. */
function scaleDecimal(digits: string, fraction: string, power: number): number {
  const all = digits + fraction;
  const point = digits.length + power;
  const text =
    point >= all.length
      ? all + '0'.repeat(point - all.length)
      : `${all.slice(0, point)}.${all.slice(point)}`;
  return Number(text);
}

function tokenValue(token: Token, power = token.power): number {
  if (token.integer !== undefined) return token.integer * 10 ** power;
  return scaleDecimal(token.digits, token.fraction, power);
}

/** Reads 万/亿/千/百 (and 余/多 and %) after a number starting at `from`. */
function readSuffix(text: string, from: number): { end: number; power: number } {
  let i = from;
  let power = 0;
  if (text[i] === '余' || text[i] === '多') i += 1;
  for (;;) {
    const ch = text[i];
    const p = ch === undefined ? undefined : MULTIPLIER_POWERS[ch];
    if (p === undefined) break;
    const rest = text.slice(i + 1);
    if (ch === '千' && KILO_UNIT_START.test(rest)) break;
    if (ch === '百' && rest.startsWith('分')) break;
    power += p;
    i += 1;
  }
  if (power > 0 && (text[i] === '余' || text[i] === '多')) i += 1;
  if (text[i] === '%') i += 1;
  return { end: i, power };
}

function arabicTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/gu;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const digitsEnd = start + match[0].length;
    const { end, power } = readSuffix(text, digitsEnd);
    tokens.push({
      start,
      end,
      digitsEnd,
      digits: (match[1] ?? '').replace(/,/gu, ''),
      fraction: match[2] ?? '',
      power,
    });
  }
  return tokens;
}

/** `十二` → 12, `两千五百万` → 25000000, `二〇二三` → 2023; null when the run holds no number. */
export function parseChineseNumeral(run: string): number | null {
  let total = 0;
  let section = 0;
  let digit = 0;
  let seen = false;
  for (const ch of run) {
    const d = CHINESE_DIGITS[ch];
    if (d !== undefined) {
      digit = digit * 10 + d;
      seen = true;
      continue;
    }
    const small = CHINESE_SMALL_UNITS[ch];
    if (small !== undefined) {
      section += (digit === 0 ? 1 : digit) * small;
      digit = 0;
      seen = true;
    } else if (ch === '万') {
      total += (section + digit === 0 ? 1 : section + digit) * 1e4;
      section = 0;
      digit = 0;
      seen = true;
    } else if (ch === '亿') {
      total = (total + section + digit === 0 ? 1 : total + section + digit) * 1e8;
      section = 0;
      digit = 0;
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + section + digit : null;
}

function chineseTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(CHINESE_NUMERAL_RUN)) {
    let run = match[0];
    // 千伏安, 千瓦: a trailing 千 that starts a unit is not part of the numeral.
    const after = text.slice(match.index + run.length);
    if (run.endsWith('千') && KILO_UNIT_START.test(after)) run = run.slice(0, -1);
    const value = run === '' ? null : parseChineseNumeral(run);
    if (value === null) continue;
    const digitsEnd = match.index + run.length;
    let end = digitsEnd;
    if (text[end] === '余' || text[end] === '多') end += 1;
    tokens.push({
      start: match.index,
      end,
      digitsEnd,
      digits: '',
      fraction: '',
      power: 0,
      integer: value,
    });
  }
  return tokens;
}

type Candidate = { start: number; end: number; value: number | Range };

/** Joins `20 元/吨至 30 元/吨`, `20—30`, `20 至 30 万` into ranges; other tokens stay single. */
function candidates(text: string, tokens: Token[]): Candidate[] {
  const result: Candidate[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i] as Token;
    const second = tokens[i + 1];
    if (second) {
      const gap = text.slice(first.end, second.start);
      const separatorAt = gap.search(/(?:至|到|—+|–|-|~)$/u);
      const unit = separatorAt >= 0 ? gap.slice(0, separatorAt) : '';
      const separator = separatorAt >= 0 ? gap.slice(separatorAt) : '';
      const unitRepeats = unit === '' || text.slice(second.end).startsWith(unit);
      if (
        RANGE_SEPARATOR.test(separator) &&
        unitRepeats &&
        unit.length <= 6 &&
        !CLAUSE_BREAK.test(unit) &&
        !/\d/u.test(unit)
      ) {
        // `20 至 30 万吨`: the multiplier printed once applies to both ends.
        const power = first.power === 0 && unit === '' ? second.power : first.power;
        result.push({
          start: first.start,
          end: second.end,
          value: { min: tokenValue(first, power), max: tokenValue(second) },
        });
        i += 1;
        continue;
      }
    }
    const negative =
      first.integer === undefined && /(?:^|[^\d.])-$/u.test(text.slice(0, first.start));
    const value = tokenValue(first);
    result.push({ start: first.start, end: first.end, value: negative ? -value : value });
  }
  return result;
}

/** Dates (`2023 年`, `7 月`), model names (`ISC 2023`, `5G`) and ordinals (`第十一届`) are not figures. */
function isIncidental(text: string, candidate: Candidate): boolean {
  const before = text[candidate.start - 1] ?? '';
  const after = text[candidate.end] ?? '';
  return /^[年月日号]/u.test(after) || /[A-Za-z]/u.test(before + after) || before === '第';
}

export type Direction = { text: string; sign: -1 | 1 };

/** The direction word `text` ends in, with 收窄/扩大 and 高/低 read from what comes before them. */
function touchingDirection(text: string): Direction | null {
  const match = DIRECTION_BEFORE.exec(text);
  if (!match) return null;
  const word = match[1] ?? '';
  const before = text.slice(0, match.index);
  if (WIDTH_WORDS.includes(word)) {
    const fall = FALL_WIDTH.test(before);
    const narrows = word !== '扩大';
    return { text: match[0], sign: fall === narrows ? 1 : -1 };
  }
  const comparison = COMPARISON_WORDS[word];
  if (comparison !== undefined) {
    // 高/低 alone are a direction only in a comparison (比上年低0.1个百分点), not in 最高5000元.
    const clause = before.split(/[，。；：,;:]/u).at(-1) ?? '';
    return /[比较]/u.test(clause) ? { text: match[0], sign: comparison } : null;
  }
  return { text: match[0], sign: NEGATIVE_WORDS.includes(word) ? -1 : 1 };
}

/**
 * The direction that governs the figure printed after `textBefore`, and its sign; null if none:
 * a direction word touching it (下降, 增长…, with any 了/约 after it; 降幅收窄 is a rise), the
 * verb of the list it continues (`分别下降1.2%、` then `3.4%`), or, with `comparative`, a
 * comparison before it in its clause (`高于规模以上工业增速` then `1.6个百分点`).
 */
export function readDirectionBefore(
  textBefore: string,
  options: { comparative?: boolean } = {},
): Direction | null {
  const text = normalize(textBefore);
  const touching = touchingDirection(text);
  if (touching) return touching;
  const width = FALL_WIDTH_VALUE.exec(text);
  if (width) return { text: '', sign: -1 };
  const list = LIST_ITEMS_BEFORE.exec(text);
  if (list && list.index > 0) {
    const first = readDirectionBefore(text.slice(0, list.index), options);
    if (first) return { text: '', sign: first.sign };
  }
  if (options.comparative) {
    const comparative = COMPARATIVE.exec(text);
    if (comparative) return { text: '', sign: COMPARATIVE_SIGN[comparative[1] ?? ''] ?? 1 };
  }
  return null;
}

function negate(value: number | Range): number | Range {
  if (typeof value === 'number') return -value;
  return { min: -value.max, max: -value.min };
}

/** Chinese proportions: 六成 60%, 三分之一 100/3 %, 过半 50%. */
const PROPORTION =
  /([一二两三四五六七八九十])成|([一二三四五六七八九十]+)分之([一二三四五六七八九十]+)|(过半|半数|一半)/u;

/** The percent a proportion stands for, or null: `近三成` → 30, `三分之二` → 200/3, `过半` → 50. */
export function parseProportion(text: string): number | null {
  const m = PROPORTION.exec(normalize(text));
  if (!m) return null;
  if (m[1] !== undefined) return (parseChineseNumeral(m[1]) ?? 0) * 10;
  if (m[2] !== undefined && m[3] !== undefined) {
    const whole = parseChineseNumeral(m[2]);
    const part = parseChineseNumeral(m[3]);
    return whole && part !== null ? (part * 100) / whole : null;
  }
  return 50;
}

/**
 * The figure in `text` as printed in Chinese newspapers, in base units (万 and 亿 multiplied out):
 * `9.53 亿吨` → 953000000, `下降 2.4%` → -2.4, `20 元/吨至 30 元/吨` → { min: 20, max: 30 },
 * `百余个` → 100, `近三成` → 30. `before` is the text printed before it (its quote up to it): a
 * list's verb or a 降幅 there decides the sign of `3.4%` or `收窄0.8个百分点`. Returns null when
 * the text holds no figure, or more than one that is not a date.
 */
export function parsePrintedNumber(text: string, before = ''): number | Range | null {
  const normalized = normalize(text);
  const context = normalize(before);
  const proportion = /\d/u.test(normalized) ? null : parseProportion(normalized);
  if (proportion !== null) return proportion;
  let tokens = arabicTokens(normalized);
  if (tokens.length === 0) tokens = chineseTokens(normalized);
  const all = candidates(normalized, tokens);
  let chosen = all.length === 1 ? all[0] : undefined;
  if (all.length > 1) {
    const figures = all.filter((c) => !isIncidental(normalized, c));
    if (figures.length === 1) chosen = figures[0];
  }
  if (!chosen) return null;
  // A change in points compared with something (高于…增速1.6个百分点), or a bare list item
  // whose unit is printed on the last item (低于…0.3和0.2个百分点), takes the comparison's sign.
  const comparative = /百分点/u.test(normalized) || /^[\d.,]+$/u.test(normalized);
  const direction = readDirectionBefore(context + normalized.slice(0, chosen.start), {
    comparative,
  });
  return direction?.sign === -1 ? negate(chosen.value) : chosen.value;
}

const QUALIFIER_PATTERNS: readonly [Qualifier, RegExp][] = [
  [
    'about',
    new RegExp(
      `(?:约|大约|大概)(?:为|有|达)?${NUMERAL_CHAR}|${NUMERAL_CHAR}[^，。；\\d]{0,4}(?:左右|上下)`,
      'u',
    ),
  ],
  // 近 12 年 is "the past 12 years", not "nearly": a bare 近 before a span of time does not hedge.
  [
    'nearly',
    new RegExp(
      `(?:接近|将近|逼近)${NUMERAL_CHAR}|近(?!${NUMERAL_CHAR}+(?:\\.\\d+)?个?(?:年|月|日|天|周|星期))${NUMERAL_CHAR}`,
      'u',
    ),
  ],
  [
    'over',
    new RegExp(
      `(?:超过|超|逾|高于|多于)${NUMERAL_CHAR}|${NUMERAL_CHAR}[^，。；\\d]{0,4}以上|过半|超过半数`,
      'u',
    ),
  ],
  ['more-than', new RegExp(`${NUMERAL_CHAR}(?:余|多)`, 'u')],
];

/**
 * The hedge printed with a figure: 约 → about, 近/接近 → nearly, 超过/逾 → over, 余/多 → more-than,
 * otherwise exact. The word must touch the number, so 逾期 (overdue) or 近期 (recently) do not count.
 */
export function parseQualifier(text: string): Qualifier {
  const normalized = normalize(text);
  for (const [qualifier, pattern] of QUALIFIER_PATTERNS) {
    if (pattern.test(normalized)) return qualifier;
  }
  return 'exact';
}

/** Printed unit words, longest first, so `元/吨` wins over `元` and `千瓦时` over `千瓦`. */
const printedWordsCache = new WeakMap<Vocabulary, [string, Unit][]>();
export function printedUnitWords(vocabulary: Vocabulary): [string, Unit][] {
  let words = printedWordsCache.get(vocabulary);
  if (!words) {
    words = vocabulary.units
      .flatMap((u) => (u.printed ?? []).map((w): [string, Unit] => [w, u.id]))
      .sort((a, b) => b[0].length - a[0].length);
    printedWordsCache.set(vocabulary, words);
  }
  return words;
}

/**
 * The unit a printed figure is unambiguously in: the unit whose printed word it contains
 * (`%` percent, `个百分点` percentage-point, `元/吨`, `千瓦时`…), or null when the printed words
 * leave it open (户, 个, 家… count different things).
 */
export function printedUnit(
  text: string,
  vocabulary: Vocabulary = PROJECT_VOCABULARY,
): Unit | null {
  const normalized = normalize(text);
  return printedUnitWords(vocabulary).find(([word]) => normalized.includes(word))?.[1] ?? null;
}
