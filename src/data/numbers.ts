import type { Qualifier, Range, Unit } from './schema.ts';

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

const NEGATIVE_WORDS = ['下降', '减少', '下跌', '回落', '降低', '下调', '下滑'];
const POSITIVE_WORDS = ['增长', '增加', '上涨', '上调', '提升', '上升', '提高'];
/**
 * A direction word right before the figure, optionally with 了 and a qualifier between them.
 * `下降到 5%` / `降至` print a level, not a change, so 到/至/为 do not qualify.
 */
const DIRECTION_BEFORE = new RegExp(
  `(${[...NEGATIVE_WORDS, ...POSITIVE_WORDS].join('|')})了?(?:约|大约|近|接近|超过|超|逾|达)?$`,
  'u',
);

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

/**
 * The direction word (下降, 增长…, with any 了/约 after it) that `textBefore` ends in and that
 * governs the figure printed next, and its sign; null if there is none.
 */
export function readDirectionBefore(textBefore: string): { text: string; sign: -1 | 1 } | null {
  const match = DIRECTION_BEFORE.exec(normalize(textBefore));
  if (!match) return null;
  return { text: match[0], sign: NEGATIVE_WORDS.includes(match[1] ?? '') ? -1 : 1 };
}

function negate(value: number | Range): number | Range {
  if (typeof value === 'number') return -value;
  return { min: -value.max, max: -value.min };
}

/**
 * The figure in `text` as printed in Chinese newspapers, in base units (万 and 亿 multiplied out):
 * `9.53 亿吨` → 953000000, `下降 2.4%` → -2.4, `20 元/吨至 30 元/吨` → { min: 20, max: 30 },
 * `百余个` → 100. Returns null when the text holds no figure, or more than one that is not a date.
 */
export function parsePrintedNumber(text: string): number | Range | null {
  const normalized = normalize(text);
  let tokens = arabicTokens(normalized);
  if (tokens.length === 0) tokens = chineseTokens(normalized);
  const all = candidates(normalized, tokens);
  let chosen = all.length === 1 ? all[0] : undefined;
  if (all.length > 1) {
    const figures = all.filter((c) => !isIncidental(normalized, c));
    if (figures.length === 1) chosen = figures[0];
  }
  if (!chosen) return null;
  const direction = readDirectionBefore(normalized.slice(0, chosen.start));
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
    new RegExp(`(?:超过|超|逾|高于|多于)${NUMERAL_CHAR}|${NUMERAL_CHAR}[^，。；\\d]{0,4}以上`, 'u'),
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

/**
 * The unit a printed figure is unambiguously in (`%` percent, `元/吨` yuan-per-tonne, `千伏安` kVA,
 * `元` yuan, `吨` tonne), or null when the printed words leave it open (户, 个, 家…).
 */
export function printedUnit(text: string): Unit | null {
  const normalized = normalize(text);
  if (/%|百分点/u.test(normalized)) return 'percent';
  if (/元\/吨/u.test(normalized)) return 'yuan-per-tonne';
  if (/千伏安/u.test(normalized)) return 'kva';
  if (/元/u.test(normalized)) return 'yuan';
  if (/吨/u.test(normalized)) return 'tonne';
  return null;
}
