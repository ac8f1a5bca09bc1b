import {
  parseChineseNumeral,
  parsePrintedNumber,
  parseQualifier,
  printedUnitWords,
  readDirectionBefore,
} from '../data/numbers.ts';
import type { Measure, Qualifier, Range, Unit } from '../data/schema.ts';
import type { Vocabulary } from '../data/vocabulary.ts';
import type { DateMention } from './dates.ts';
import { CLAUSE_BREAKS, SEGMENT_BREAKS, SENTENCE_BREAKS, spanAround } from './text.ts';

/**
 * Finding the figures a paragraph prints: Arabic numbers with 万/亿 and a unit (`9.53亿吨`,
 * `7345亿千瓦时`, `30元/吨`), percentages, percentage points and changes (`同比增长20.5%`,
 * `回落0.2个百分点`), ranges (`上调5元/吨至30元/吨`), counts in Chinese numerals or with 余/多
 * (`百余个`, `两批`, `4.2万余个`), proportions (`近三成`, `三分之一`, `过半`) and the items of a
 * list (`分别增长5.0%、6.1%和3.2%`). The unit words and counted nouns come from the vocabulary
 * (data/vocabulary/units.json). Values come from parsePrintedNumber, the same reader check:data
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
  /** The unit or measure word printed after the number (`亿吨` → `吨`, `个`, `批`); '' if none. */
  unitWord: string;
  /** The unit from the printed unit word or the counted noun; null when the vocabulary has none. */
  unit: Unit | null;
  measure: Measure;
  /** What the drafter guessed, for the figure's note. */
  guesses: Guess[];
};

/** A guess the reviewer should check, in both languages. */
export type Guess = { zh: string; en: string };

/** After 千 these start a unit (千伏安, 千瓦…), so 千 is not a multiplier there. */
const KILO_UNIT_START = /^[伏瓦克米焦帕赫卡兆]/u;
const SEPARATOR = /^(?:至|到|—+|–|－|-|~|～)/u;
const LIST_JOINER = /^(?:、|和|及|与|以及)/u;

/**
 * Unit words that end a figure but are not in the vocabulary (yet): the figure is drafted with a
 * proposed unit for the reviewer instead of being lost.
 */
const OTHER_UNIT_WORDS = [
  '元/千瓦时',
  '元/平方米',
  '平方公里',
  '公里',
  '千米',
  '公顷',
  '千克',
  '公斤',
  '分钟',
  '万吨',
  '‰',
  '米',
  '亩',
  '升',
  '周',
];
/** Measure words of counts the vocabulary may not list (a count of them is still a figure). */
const OTHER_CLASSIFIERS = [
  '名',
  '位',
  '所',
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
  '例',
  '轮',
];

/** Whether a noun of the vocabulary is printed within a few characters after `from`. */
function countsNamedNoun(text: string, from: number, words: Words): boolean {
  const after = text.slice(from, from + 14).split(/[，。；：、,;:]/u)[0] ?? '';
  return words.nouns.some((n) => after.includes(n.noun));
}

/** What follows 三大/四大 in fixed names (三大门类 of industry, 三大工程 of housing policy). */
const FIXED_NAMES_AFTER_DA = /^(?:门类|工程|产业|战役|攻坚战|任务|板块|需求|行动)/u;

/** How far before a figure the words that govern it are read. */
const CONTEXT = 240;

const HEDGE_BEFORE = /(?:大约|约|接近|将近|近|超过|超|逾|多于)$/u;
const HEDGE_AFTER = /^(?:左右|以上|上下|之多)/u;
const CHINESE_RUN = /[零〇一二两三四五六七八九十百千万亿]+/gu;
const CHINESE_DIGIT = /[零〇一二两三四五六七八九]/u;
const ARABIC = /[\d０-９]+(?:,\d{3})*(?:[.．][\d０-９]+)?/gu;
const PROPORTION =
  /(?:[一二两三四五六七八九]成|[一二三四五六七八九十]+分之[一二三四五六七八九十]+|过半|半数|一半)/gu;
/** Month-on-month comparisons: 环比, 比上月, 较上月末, 比7月末, 按月. */
const MOM_WORDS = /环比|按月|(?:比|较)(?:上(?:个)?月|\d{1,2}月(?:份|末|底)?(?![至到—–\-~～]))/gu;
/** Year-on-year comparisons: 同比, 比上年, 较去年同期, 按年. */
const YOY_WORDS = /同比|按年|(?:比|较)(?:上年|去年|前一年|上一年|\d{4}年)|同期/gu;
const RATE_WORDS = /率|占比|比重|比例|份额|占/u;
/** The rate of a growth, printed as a level (增速为4.6%). */
const GROWTH_WORDS = /增速|增幅|增长率|涨幅|增长速度/u;

type Token = {
  start: number;
  end: number;
  unitWord: string;
  multiplied: boolean;
  /** A list item printed bare (`1.6和2.7个百分点`): the unit word printed on the last item. */
  sharedUnitWord?: string;
  proportion?: boolean;
};

/** The vocabulary's words as the drafter reads them, longest first. */
type Words = {
  unitWords: string[];
  countWords: string[];
  printed: Map<string, Unit>;
  nouns: { noun: string; unit: Unit; classifiers: readonly string[] }[];
  generic: Map<string, Unit>;
};

const wordsCache = new WeakMap<Vocabulary, Words>();

function wordsOf(vocabulary: Vocabulary): Words {
  const cached = wordsCache.get(vocabulary);
  if (cached) return cached;
  const byLength = (a: string, b: string) => b.length - a.length;
  const printed = new Map(printedUnitWords(vocabulary));
  const classifiers = new Set(vocabulary.units.flatMap((u) => u.counts?.classifiers ?? []));
  for (const c of OTHER_CLASSIFIERS) classifiers.add(c);
  const generic = new Map<string, Unit>();
  for (const u of vocabulary.units) {
    for (const c of u.counts?.generic ?? []) if (!generic.has(c)) generic.set(c, u.id);
  }
  const words: Words = {
    unitWords: [...new Set([...printed.keys(), ...classifiers, ...OTHER_UNIT_WORDS])].sort(
      byLength,
    ),
    countWords: [...new Set([...printed.keys(), ...classifiers])]
      .filter((w) => !/[%％‰]/u.test(w))
      .sort(byLength),
    printed,
    nouns: vocabulary.units
      .flatMap((u) =>
        (u.counts?.nouns ?? []).map((noun) => ({
          noun,
          unit: u.id,
          classifiers: u.counts?.classifiers ?? [],
        })),
      )
      .sort((a, b) => byLength(a.noun, b.noun)),
    generic,
  };
  wordsCache.set(vocabulary, words);
  return words;
}

function startsWithAny(text: string, words: readonly string[]): string {
  return words.find((w) => text.startsWith(w)) ?? '';
}

/** Reads 余/多, 万/亿/千/百 and a unit word after an Arabic number ending at `from`. */
function readArabicSuffix(
  text: string,
  from: number,
  words: Words,
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
  const unitWord = startsWithAny(text.slice(i), words.unitWords);
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
  const before = text.slice(Math.max(0, start - 8), start).replace(/\s+$/u, '');
  const previous = before.at(-1) ?? '';
  return /[A-Za-z]/u.test(previous) || /^[A-Za-z]/u.test(text.slice(end)) || previous === '第';
}

/**
 * The unit word of the last item of a list that starts after `from` (`和2.7个百分点`), for a
 * bare first item; '' when no list follows.
 */
function sharedUnitAfter(text: string, from: number, words: Words): string {
  let i = from;
  for (let items = 0; items < 8; items += 1) {
    const joiner = LIST_JOINER.exec(text.slice(i));
    if (!joiner) return '';
    i += joiner[0].length;
    const number = /^\d+(?:,\d{3})*(?:\.\d+)?/u.exec(text.slice(i));
    if (!number) return '';
    const suffix = readArabicSuffix(text, i + number[0].length, words);
    if (suffix.unitWord !== '') return suffix.unitWord;
    i = suffix.end;
  }
  return '';
}

function arabicTokens(
  text: string,
  taken: readonly { start: number; end: number }[],
  words: Words,
): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(ARABIC)) {
    const start = match.index;
    const digitsEnd = start + match[0].length;
    if (overlaps(start, digitsEnd, taken) || isNameOrOrdinal(text, start, digitsEnd)) continue;
    // 10千伏 is a voltage class, a name; 千伏安 is a unit.
    if (/^千伏(?!安)/u.test(text.slice(digitsEnd))) continue;
    const suffix = readArabicSuffix(text, digitsEnd, words);
    // 加快0.4个、0.9个百分点: a bare 个 on a list item is the unit printed on the last one.
    if (suffix.unitWord === '个') {
      const shared = sharedUnitAfter(text, suffix.end, words);
      if (shared.startsWith('个') && shared.length > 1) {
        tokens.push({
          start,
          end: suffix.end,
          unitWord: '',
          multiplied: suffix.multiplied,
          sharedUnitWord: shared,
        });
        continue;
      }
    }
    // A bare number (`360集团`, `360推出`) names something; a figure has a unit or a multiplier,
    // is the low end of a range (`20—30万吨`), or the first item of a list (`1.6和2.7个百分点`).
    const rangeStart = /^(?:至|到|—+|–|－|-|~|～)\d/u.test(text.slice(digitsEnd));
    if (suffix.unitWord === '' && !suffix.multiplied && !rangeStart) {
      const shared = sharedUnitAfter(text, suffix.end, words);
      if (shared === '') continue;
      tokens.push({
        start,
        end: suffix.end,
        unitWord: '',
        multiplied: false,
        sharedUnitWord: shared,
      });
      continue;
    }
    tokens.push({
      start,
      end: suffix.end,
      unitWord: suffix.unitWord,
      multiplied: suffix.multiplied,
    });
  }
  return tokens;
}

function chineseTokens(
  text: string,
  taken: readonly { start: number; end: number }[],
  words: Words,
): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(CHINESE_RUN)) {
    let run = match[0];
    const start = match.index;
    const after = text.slice(start + run.length);
    if (run.endsWith('千') && KILO_UNIT_START.test(after)) run = run.slice(0, -1);
    let end = start + run.length;
    if (run === '' || overlaps(start, end, taken)) continue;
    const before = text.slice(Math.max(0, start - 8), start);
    // 第三 is an ordinal, 前十位 a rank, 星期三 a day; after digits, 万 is part of 4.2万余个.
    if (/(?:第|前|星期|周|[\d.])$/u.test(before)) continue;
    // 一 alone is mostly "a" (一批企业, 一把双刃剑), 零 alone part of a word (零部件);
    // 十/百/千 alone only count with 余/多 (百余个).
    if (run === '一' || run === '零' || run === '〇') continue;
    const approximate = text[end] === '余' || text[end] === '多';
    if (!CHINESE_DIGIT.test(run) && !approximate) continue;
    if (parseChineseNumeral(run) === null) continue;
    if (approximate) end += 1;
    const unitWord = startsWithAny(text.slice(end), [...words.countWords, '倍', '大']);
    if (unitWord === '') continue;
    // 三大门类, 五大发展理念: fixed names. 三大…产业园区 counts what the vocabulary names.
    if (unitWord === '大' && FIXED_NAMES_AFTER_DA.test(text.slice(end + 1))) continue;
    if (unitWord === '大' && !countsNamedNoun(text, end + 1, words)) continue;
    // 两位数增长 is a phrase, not a count of digits; 五年来, 两年平均 are spans of time in words.
    if (unitWord === '位' && text[end + 1] === '数') continue;
    if (unitWord === '年') continue;
    tokens.push({ start, end: end + unitWord.length, unitWord, multiplied: false });
  }
  return tokens;
}

function proportionTokens(text: string, taken: readonly { start: number; end: number }[]): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(PROPORTION)) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlaps(start, end, taken)) continue;
    // 一成不变 and the like are idioms, not shares.
    if (/^(?:不变|一统)/u.test(text.slice(end))) continue;
    tokens.push({ start, end, unitWord: '%', multiplied: false, proportion: true });
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
    if (second && !first.proportion && !second.proportion) {
      const gap = text.slice(first.end, second.start);
      const sameUnit = first.unitWord === second.unitWord;
      const bare = first.unitWord === '' && !first.multiplied && !first.sharedUnitWord;
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

/** The counted noun printed right after a classifier (`41个大类行业` → 大类行业), for notes. */
function countedNounAfter(text: string, end: number): string {
  const noun = /^[\u4e00-\u9fff]{1,6}/u.exec(text.slice(end))?.[0] ?? '';
  return noun.split(/[中的有在是和及与为将已均占分同比较]/u)[0] ?? '';
}

/**
 * The unit for a printed unit word, or from the counted noun nearest the number in its clause,
 * or the classifier's own unit; null when the vocabulary has none for the word.
 */
export function guessUnit(
  text: string,
  token: { start: number; end: number; unitWord: string },
  vocabulary: Vocabulary,
): { unit: Unit | null; guesses: Guess[] } {
  const words = wordsOf(vocabulary);
  const byWord = words.printed.get(token.unitWord);
  if (byWord) return { unit: byWord, guesses: [] };
  const classifier = token.unitWord;
  const clause = spanAround(text, token.start, token.end, CLAUSE_BREAKS);
  // A closing quotation mark ends a name (`“金融16条”中两项…政策`): the noun after it is not counted.
  // A list (`12.3万台、换电站186座`) names the next item's noun after 、, not this one's.
  const after =
    text.slice(token.end, Math.min(clause.end, token.end + 12)).split(/[“”、]/u)[0] ?? '';
  const before =
    text
      .slice(clause.start, token.start)
      .split(/[“”、]/u)
      .at(-1) ?? '';
  // 三大园区: 大 counts whatever noun follows it.
  const fits = (n: Words['nouns'][number]) =>
    n.classifiers.includes(classifier) || classifier === '' || classifier === '大';
  let best: { at: number; unit: Unit; noun: string } | null = null;
  for (const n of words.nouns) {
    if (!fits(n)) continue;
    const at = after.indexOf(n.noun);
    if (at >= 0 && (best === null || at < best.at)) best = { at, unit: n.unit, noun: n.noun };
  }
  // 四大障碍: 大 counts only what follows it.
  if (!best && classifier !== '大') {
    for (const n of words.nouns) {
      if (!fits(n)) continue;
      const at = before.lastIndexOf(n.noun);
      if (at >= 0 && (best === null || at > best.at)) best = { at, unit: n.unit, noun: n.noun };
    }
  }
  if (best) {
    return {
      unit: best.unit,
      guesses: [
        {
          zh: `单位按所计之物“${best.noun}”记为 ${best.unit}。`,
          en: `Unit ${best.unit} from the counted noun ${best.noun}.`,
        },
      ],
    };
  }
  // 户 and 家 in a sentence about customers or companies count them (界面延伸22.56万户，为各类客户…);
  // other classifiers count too many things for that.
  if (classifier === '户' || classifier === '家') {
    const sentence = spanAround(text, token.start, token.end, SENTENCE_BREAKS);
    const inSentence = text.slice(sentence.start, sentence.end);
    const at = token.start - sentence.start;
    let nearest: { distance: number; unit: Unit; noun: string } | null = null;
    for (const n of words.nouns) {
      if (!n.classifiers.includes(classifier)) continue;
      for (let i = inSentence.indexOf(n.noun); i >= 0; i = inSentence.indexOf(n.noun, i + 1)) {
        const distance = Math.abs(i - at);
        if (nearest === null || distance < nearest.distance) {
          nearest = { distance, unit: n.unit, noun: n.noun };
        }
      }
    }
    if (nearest) {
      return {
        unit: nearest.unit,
        guesses: [
          {
            zh: `单位按本句中的“${nearest.noun}”记为 ${nearest.unit}，请核对。`,
            en: `Unit ${nearest.unit} from ${nearest.noun} in the same sentence; check.`,
          },
        ],
      };
    }
  }
  const generic = words.generic.get(classifier);
  const noun = countedNounAfter(text, token.end);
  if (generic) {
    const named =
      noun === ''
        ? ''
        : `，所计之物为“${noun}”，如需专门单位可在 data/vocabulary/units.json 中添加`;
    const namedEn =
      noun === ''
        ? ''
        : `; it counts ${noun}: a unit of its own can be added to data/vocabulary/units.json`;
    return {
      unit: generic,
      guesses: [
        {
          zh: `单位按量词“${classifier}”记为 ${generic}${named}。`,
          en: `Unit ${generic} from the classifier ${classifier}${namedEn}.`,
        },
      ],
    };
  }
  return { unit: null, guesses: [] };
}

/** A comparison in the clauses from `from` to `to` that print no number (从环比看，…). */
function leadComparison(text: string, from: number, to: number): 'mom' | 'yoy' | null {
  let found: 'mom' | 'yoy' | null = null;
  for (const clause of text.slice(from, to).split(/[，,：:]/u)) {
    if (/\d/u.test(clause)) continue;
    found = comparison(clause, 0, clause.length) ?? found;
  }
  return found;
}

/** The last comparison word before `at` in `span`: month-on-month or year-on-year. */
function comparison(text: string, from: number, at: number): 'mom' | 'yoy' | null {
  const window = text.slice(from, at);
  const last = (pattern: RegExp) => {
    let index = -1;
    for (const m of window.matchAll(pattern)) index = m.index;
    return index;
  };
  const mom = last(MOM_WORDS);
  const yoy = last(YOY_WORDS);
  if (mom < 0 && yoy < 0) return null;
  return mom > yoy ? 'mom' : 'yoy';
}

const WHY = {
  pp: {
    zh: '以“个百分点”印出：记为百分点变化。',
    en: 'Printed in percentage points: a change in points.',
  },
  proportion: { zh: '成数或分数：记为百分比份额。', en: 'A proportion in words: a percent share.' },
  adjustment: { zh: '“上调/下调”：记为调整幅度。', en: 'Raised or cut: an adjustment.' },
  mom: {
    zh: '有“环比/比上月”：记为环比变化。',
    en: 'Compared with the month before: a month-on-month change.',
  },
  yoy: {
    zh: '有“同比/比上年”：记为同比变化。',
    en: 'Compared with a year before: a year-on-year change.',
  },
  yoyDefault: {
    zh: '增减未写比较对象，按统计发布惯例记为同比变化，请核对。',
    en: 'A change with no comparison printed: year-on-year, as statistics releases mean it; check.',
  },
  changeLevel: {
    zh: '有增减但未写比较对象：记为总量，请核对是否为变化。',
    en: 'A rise or fall with no comparison printed: drafted as a level; check whether it is a change.',
  },
  rate: { zh: '比率或占比：记为比率。', en: 'A rate or share.' },
  growth: { zh: '增速以水平值印出：记为变化。', en: 'A growth rate printed as a level: a change.' },
  rateDefault: {
    zh: '百分数未写增减或比较：记为比率，请核对。',
    en: 'A percent with no rise, fall or comparison: drafted as a rate; check.',
  },
} satisfies Record<string, Guess>;

function guessMeasure(
  text: string,
  token: Token,
  unit: Unit | null,
  direction: string | null,
): { measure: Measure; why: Guess | null } {
  if (unit === 'percentage-point') return { measure: 'pp-change', why: WHY.pp };
  if (token.proportion) return { measure: 'rate', why: WHY.proportion };
  const clause = spanAround(text, token.start, token.start, CLAUSE_BREAKS);
  const segment = spanAround(text, token.start, token.start, SEGMENT_BREAKS);
  const before = text.slice(clause.start, token.start);
  if (direction !== null && /上调|下调/u.test(direction)) {
    return { measure: 'adjustment', why: WHY.adjustment };
  }
  // 其中，住宅待售面积增加590万平方米: a 其中 sentence continues the comparison before it.
  const sentence = spanAround(text, token.start, token.start, SENTENCE_BREAKS);
  const previous =
    text.startsWith('其中', sentence.start) && sentence.start > 1
      ? spanAround(text, sentence.start - 2, sentence.start - 2, SENTENCE_BREAKS)
      : null;
  // The comparison in the figure's own clause; else one in a lead of its sentence with no
  // figure of its own (从环比看，…); else, for a change in a 其中 sentence, the sentence before.
  const compared =
    comparison(text, clause.start, token.start) ??
    leadComparison(text, segment.start, clause.start) ??
    (previous && direction !== null ? comparison(text, previous.start, previous.end) : null) ??
    // A paragraph that opens 从环比看，… speaks of month-on-month changes throughout.
    (direction !== null ? leadComparison(text, 0, text.search(/\d/u)) : null);
  const change = (): { measure: Measure; why: Guess | null } =>
    compared === 'mom'
      ? { measure: 'mom-change', why: WHY.mom }
      : { measure: 'yoy-change', why: compared === 'yoy' ? WHY.yoy : WHY.yoyDefault };
  if (direction !== null) {
    // 增长2.7倍, like a percent, is a change.
    if (compared !== null || unit === 'percent' || unit === 'multiple') return change();
    return { measure: 'level', why: WHY.changeLevel };
  }
  if (unit === 'percent') {
    // 恢复至2019年同期的60.7%, 相当于…的三成: a share of something, whatever it is compared with.
    if (RATE_WORDS.test(before) || /的(?:约|近|超过)?$/u.test(before)) {
      return { measure: 'rate', why: WHY.rate };
    }
    // 6月份的增速还保持在16.0%，7月份回落至14.7%: a growth rate printed as a level is a change.
    if (GROWTH_WORDS.test(text.slice(sentence.start, token.start))) {
      return { ...change(), why: WHY.growth };
    }
    return compared !== null ? change() : { measure: 'rate', why: WHY.rateDefault };
  }
  return { measure: 'level', why: null };
}

function listGuess(direction: { sign: -1 | 1 } | null): Guess {
  return direction?.sign === -1
    ? {
        zh: '列举中的一项：符号取自前面的减少类动词。',
        en: 'An item of a list: negative, from the verb before it.',
      }
    : {
        zh: '列举中的一项：符号取自前面的增长类动词。',
        en: 'An item of a list: positive, from the verb before it.',
      };
}

/** Every figure printed in `text` (one paragraph), skipping the spans of `dates`. */
export function findFigures(
  text: string,
  dates: readonly DateMention[],
  vocabulary: Vocabulary,
): FigureMention[] {
  const words = wordsOf(vocabulary);
  const taken = dates.map((d) => ({ start: d.start, end: d.end }));
  const proportions = proportionTokens(text, taken);
  const numbers = [
    ...arabicTokens(text, taken, words),
    ...chineseTokens(text, [...taken, ...proportions], words),
  ];
  const tokens = joinRanges(text, [...numbers, ...proportions]);
  const figures: FigureMention[] = [];
  for (const token of tokens) {
    // What governs a figure is printed close before it: a bounded window keeps a long paragraph
    // linear (a list's verb or a 降幅 is within a sentence).
    const before = text.slice(Math.max(0, token.start - CONTEXT), token.start);
    const direction = readDirectionBefore(before);
    const touching = direction !== null && direction.text !== '';
    const hedge = touching ? null : HEDGE_BEFORE.exec(before);
    const prefix = touching ? direction.text.length : (hedge?.[0].length ?? 0);
    const hedgeAfter = HEDGE_AFTER.exec(text.slice(token.end));
    const start = token.start - prefix;
    const end = token.end + (hedgeAfter?.[0].length ?? 0);
    const asPrinted = text.slice(start, end);
    const value = parsePrintedNumber(asPrinted, text.slice(Math.max(0, start - CONTEXT), start));
    if (value === null) continue;
    const unitWord = token.sharedUnitWord ?? token.unitWord;
    const { unit, guesses } = token.proportion
      ? { unit: 'percent', guesses: [] }
      : guessUnit(text, { ...token, unitWord }, vocabulary);
    // A list item shares its first item's verb (分别增长5.0%、6.1%): it is a change too.
    const listed = direction !== null && !touching;
    const measureDirection = touching ? direction.text : listed ? '·' : null;
    const measure = guessMeasure(text, token, unit, measureDirection);
    figures.push({
      start,
      end,
      asPrinted,
      numberStart: token.start,
      value,
      qualifier: parseQualifier(asPrinted),
      unitWord,
      unit,
      measure: measure.measure,
      guesses: [
        ...(measure.why ? [measure.why] : []),
        ...(listed ? [listGuess(direction)] : []),
        ...guesses,
      ],
    });
  }
  return figures;
}
