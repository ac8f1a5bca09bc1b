import {
  parseChineseNumeral,
  parsePrintedNumber,
  parseQualifier,
  readDirectionBefore,
} from '../data/numbers.ts';
import type { Measure, Qualifier, Range, Unit } from '../data/schema.ts';
import type { DateMention } from './dates.ts';
import { CLAUSE_BREAKS, spanAround } from './text.ts';

/**
 * Finding the figures a paragraph prints: Arabic numbers with 万/亿 and a unit (`9.53亿吨`,
 * `1030万千伏安`, `30元/吨`), percentages and changes (`同比增长20.5%`, `下降2.4%`), ranges
 * (`上调5元/吨至30元/吨`) and counts in Chinese numerals or with 余/多 (`百余个`, `两批`,
 * `1600多个`, `1000余万元`). Values come from parsePrintedNumber, the same reader check:data
 * uses, so a draft's value always agrees with its asPrinted.
 */

export type FigureMention = {
  /** The span of `asPrinted` in the paragraph. */
  start: number;
  end: number;
  /** Direction word and hedge, number, multiplier and unit, exactly as printed: `增长20.5%`. */
  asPrinted: string;
  /** Where the number itself starts (after any direction word or hedge). */
  numberStart: number;
  value: number | Range;
  qualifier: Qualifier;
  /** The unit or measure word printed after the number (`亿吨` → `吨`, `个`, `大`); '' if none. */
  unitWord: string;
  /** The unit guessed from the printed unit word and the counted noun; null when none fits UNITS. */
  unit: Unit | null;
  measure: Measure;
};

/** After 千 these start a unit (千伏安, 千瓦…), so 千 is not a multiplier there. */
const KILO_UNIT_START = /^[伏瓦克米焦帕赫卡兆]/u;
const SEPARATOR = /^(?:至|到|—+|–|－|-|~|～)/u;

/** Unit words printed after an Arabic number, longest first so `元/吨` wins over `元`. */
const ARABIC_UNIT_WORDS = [
  '个百分点',
  '百分点',
  '元/千瓦时',
  '元/平方米',
  '元/吨',
  '千伏安',
  '千瓦时',
  '平方公里',
  '平方米',
  '立方米',
  '千瓦',
  '兆瓦',
  '公里',
  '千米',
  '公顷',
  '千克',
  '公斤',
  '小时',
  '分钟',
  '个月',
  '部门',
  '人次',
  '%',
  '‰',
  '元',
  '吨',
  '米',
  '亩',
  '升',
  '度',
  '年',
  '天',
  '周',
  '倍',
  '套',
  '户',
  '家',
  '个',
  '项',
  '条',
  '批',
  '人',
  '名',
  '位',
  '次',
  '台',
  '辆',
  '座',
  '所',
  '件',
  '种',
  '类',
  '场',
  '份',
  '张',
  '栋',
  '间',
  '篇',
  '部',
  '架',
  '艘',
  '款',
  '例',
  '轮',
  '期',
  '届',
];

/** Measure words that make a Chinese numeral a count (`两批`, `三大`, `百余个`). */
const CHINESE_COUNT_WORDS = [
  '部门',
  '个月',
  '个',
  '批',
  '项',
  '家',
  '条',
  '大',
  '套',
  '户',
  '天',
  '年',
  '人',
  '名',
  '位',
  '次',
  '台',
  '辆',
  '座',
  '所',
  '件',
  '种',
  '类',
  '倍',
  '轮',
  '届',
  '场',
  '份',
  '张',
  '栋',
  '篇',
  '款',
];

const UNIT_BY_WORD: Record<string, Unit> = {
  '%': 'percent',
  百分点: 'percent',
  个百分点: 'percent',
  '元/吨': 'yuan-per-tonne',
  元: 'yuan',
  吨: 'tonne',
  千伏安: 'kva',
  套: 'dwelling',
  户: 'customer',
  家: 'enterprise',
  批: 'batch',
  天: 'day',
  年: 'year',
  部门: 'department',
};

/** Measure words that say only "this many": the counted noun beside them decides the unit. */
const GENERIC_WORDS = new Set(['', '个', '项', '条', '大', '名', '位', '种', '类', '款', '件']);

/** Nouns that say what is counted, for the generic measure words. */
const NOUN_UNITS: readonly [string, Unit][] = [
  ['客户', 'customer'],
  ['用户', 'customer'],
  ['企业', 'enterprise'],
  ['公司', 'enterprise'],
  ['房企', 'enterprise'],
  ['模型', 'model'],
  ['服务', 'service'],
  ['信息', 'record'],
  ['记录', 'record'],
  ['措施', 'measure'],
  ['举措', 'measure'],
  ['政策', 'policy'],
  ['部门', 'department'],
  ['园区', 'park'],
  ['产业园', 'park'],
  ['住房', 'dwelling'],
  ['住宅', 'dwelling'],
];

/** 条 with no noun beside it is most often 措施 (`金融16条`). */
const DEFAULT_BY_WORD: Record<string, Unit> = { 条: 'measure' };

const HEDGE_BEFORE = /(?:大约|约|接近|将近|近|超过|超|逾|高于|多于)$/u;
const HEDGE_AFTER = /^(?:左右|以上|上下|之多)/u;
const CHINESE_RUN = /[零〇一二两三四五六七八九十百千万亿]+/gu;
const CHINESE_DIGIT = /[零〇一二两三四五六七八九]/u;
const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/gu;
const YOY_WORDS = /同比|环比|较上年|比上年|较去年|比去年|同期/u;
const RATE_WORDS = /率|占比|比重|比例/u;

type Token = { start: number; end: number; unitWord: string; multiplied: boolean };

function startsWithAny(text: string, words: readonly string[]): string {
  return words.find((w) => text.startsWith(w)) ?? '';
}

/** Reads 余/多, 万/亿/千/百 and a unit word after an Arabic number ending at `from`. */
function readArabicSuffix(
  text: string,
  from: number,
): { end: number; unitWord: string; multiplied: boolean } {
  let i = from;
  let multiplied = false;
  if (text[i] === '余' || text[i] === '多') i += 1;
  for (;;) {
    const ch = text[i];
    if (ch === '万' || ch === '亿') {
      multiplied = true;
      i += 1;
    } else if (ch === '千' && !KILO_UNIT_START.test(text.slice(i + 1))) {
      multiplied = true;
      i += 1;
    } else if (ch === '百' && !text.slice(i + 1).startsWith('分')) {
      multiplied = true;
      i += 1;
    } else break;
  }
  if (multiplied && (text[i] === '余' || text[i] === '多')) i += 1;
  const unitWord = startsWithAny(text.slice(i), ARABIC_UNIT_WORDS);
  return { end: i + unitWord.length, unitWord, multiplied };
}

function overlaps(
  start: number,
  end: number,
  taken: readonly { start: number; end: number }[],
): boolean {
  return taken.some((t) => start < t.end && t.start < end);
}

/** A number inside a name: after or before a Latin letter (`ISC 2023`, `5G`) or after 第 (ordinal). */
function isNameOrOrdinal(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).replace(/\s+$/u, '');
  const previous = before.at(-1) ?? '';
  return /[A-Za-z]/u.test(previous) || /^[A-Za-z]/u.test(text.slice(end)) || previous === '第';
}

function arabicTokens(text: string, taken: readonly { start: number; end: number }[]): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(ARABIC)) {
    const start = match.index;
    const digitsEnd = start + match[0].length;
    if (overlaps(start, digitsEnd, taken) || isNameOrOrdinal(text, start, digitsEnd)) continue;
    const suffix = readArabicSuffix(text, digitsEnd);
    // A bare number (`360集团`, `360推出`) names something; a figure has a unit or a multiplier,
    // or is the low end of a range (`20—30万吨`).
    const rangeStart = /^(?:至|到|—+|–|－|-|~|～)\d/u.test(text.slice(digitsEnd));
    if (suffix.unitWord === '' && !suffix.multiplied && !rangeStart) continue;
    tokens.push({
      start,
      end: suffix.end,
      unitWord: suffix.unitWord,
      multiplied: suffix.multiplied,
    });
  }
  return tokens;
}

function chineseTokens(text: string, taken: readonly { start: number; end: number }[]): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(CHINESE_RUN)) {
    let run = match[0];
    const start = match.index;
    const after = text.slice(start + run.length);
    if (run.endsWith('千') && KILO_UNIT_START.test(after)) run = run.slice(0, -1);
    let end = start + run.length;
    if (run === '' || overlaps(start, end, taken)) continue;
    const previous = text[start - 1] ?? '';
    if (previous === '第' || /(?:星期|周)$/u.test(text.slice(0, start))) continue;
    // 一 alone is mostly "a" (一批企业, 一把双刃剑); 十/百/千 alone only count with 余/多 (百余个).
    if (run === '一') continue;
    const approximate = text[end] === '余' || text[end] === '多';
    if (!CHINESE_DIGIT.test(run) && !approximate) continue;
    if (parseChineseNumeral(run) === null) continue;
    if (approximate) end += 1;
    const unitWord = startsWithAny(text.slice(end), CHINESE_COUNT_WORDS);
    if (unitWord === '') continue;
    tokens.push({ start, end: end + unitWord.length, unitWord, multiplied: false });
  }
  return tokens;
}

/** Joins `20元/吨至30元/吨` and `20—30万吨` into one token; others stay single. */
function joinRanges(text: string, tokens: Token[]): Token[] {
  const sorted = [...tokens].sort((a, b) => a.start - b.start);
  const joined: Token[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const first = sorted[i] as Token;
    const second = sorted[i + 1];
    if (second) {
      const gap = text.slice(first.end, second.start);
      const sameUnit = first.unitWord === second.unitWord;
      const bare = first.unitWord === '' && !first.multiplied;
      if (SEPARATOR.test(gap) && gap.replace(SEPARATOR, '') === '' && (sameUnit || bare)) {
        joined.push({ ...second, start: first.start });
        i += 1;
        continue;
      }
    }
    joined.push(first);
  }
  return joined;
}

/** The unit for a printed unit word, or from the counted noun nearest the number in its clause. */
export function guessUnit(
  text: string,
  token: { start: number; end: number; unitWord: string },
): Unit | null {
  const byWord = UNIT_BY_WORD[token.unitWord];
  if (byWord) return byWord;
  if (!GENERIC_WORDS.has(token.unitWord)) return null;
  const clause = spanAround(text, token.start, token.end, CLAUSE_BREAKS);
  // A closing quotation mark ends a name (`“金融16条”中两项…政策`): the noun after it is not counted.
  const after = text.slice(token.end, Math.min(clause.end, token.end + 12)).split(/[“”]/u)[0] ?? '';
  let best: { at: number; unit: Unit } | null = null;
  for (const [noun, unit] of NOUN_UNITS) {
    const at = after.indexOf(noun);
    if (at >= 0 && (best === null || at < best.at)) best = { at, unit };
  }
  if (best) return best.unit;
  const before = text.slice(clause.start, token.start).split(/[“”]/u).at(-1) ?? '';
  for (const [noun, unit] of NOUN_UNITS) {
    const at = before.lastIndexOf(noun);
    if (at >= 0 && (best === null || at > best.at)) best = { at, unit };
  }
  return best?.unit ?? DEFAULT_BY_WORD[token.unitWord] ?? null;
}

function guessMeasure(
  text: string,
  numberStart: number,
  unit: Unit | null,
  direction: string | null,
): Measure {
  const clause = spanAround(text, numberStart, numberStart, CLAUSE_BREAKS);
  const before = text.slice(clause.start, numberStart);
  if (direction !== null && /上调|下调/u.test(direction)) return 'adjustment';
  if (direction !== null && (unit === 'percent' || YOY_WORDS.test(before))) return 'yoy-change';
  if (unit === 'percent' && RATE_WORDS.test(before)) return 'rate';
  return 'level';
}

/** Every figure printed in `text` (one paragraph), skipping the spans of `dates`. */
export function findFigures(text: string, dates: readonly DateMention[]): FigureMention[] {
  const taken = dates.map((d) => ({ start: d.start, end: d.end }));
  const tokens = joinRanges(text, [...arabicTokens(text, taken), ...chineseTokens(text, taken)]);
  const figures: FigureMention[] = [];
  for (const token of tokens) {
    const before = text.slice(0, token.start);
    const direction = readDirectionBefore(before);
    const hedge = direction ? null : HEDGE_BEFORE.exec(before);
    const prefix = direction?.text.length ?? hedge?.[0].length ?? 0;
    const hedgeAfter = HEDGE_AFTER.exec(text.slice(token.end));
    const start = token.start - prefix;
    const end = token.end + (hedgeAfter?.[0].length ?? 0);
    const asPrinted = text.slice(start, end);
    const value = parsePrintedNumber(asPrinted);
    if (value === null) continue;
    const unit = guessUnit(text, token);
    figures.push({
      start,
      end,
      asPrinted,
      numberStart: token.start,
      value,
      qualifier: parseQualifier(asPrinted),
      unitWord: token.unitWord,
      unit,
      measure: guessMeasure(text, token.start, unit, direction?.text ?? null),
    });
  }
  return figures;
}
