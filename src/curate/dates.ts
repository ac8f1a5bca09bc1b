import { parseChineseNumeral } from '../data/numbers.ts';

/**
 * Dates and periods as Chinese newspapers print them: `2022年8月`, `2023年1月至7月`, `上半年`,
 * `截至2022年底`, `去年11月以来`, `自8月20日起`, `9月份以后`, `延长至2024年5月底`.
 * A mention keeps the year as printed (a number, or 今年/去年 relative to a year found later).
 */

/** A printed year, or one relative to the article's own year (今年 0, 去年 -1, 明年 +1). */
export type YearRef =
  | { kind: 'printed'; year: number }
  /** `word` is what was printed (今年, 去年…) or '' when the date prints no year at all. */
  | { kind: 'relative'; offset: number; word: string };

export type DateShape =
  | { kind: 'year' }
  | { kind: 'year-end' }
  | { kind: 'half'; half: 1 | 2 }
  | { kind: 'months'; from: number; to: number }
  | { kind: 'month'; month: number; end: boolean }
  | { kind: 'day'; month: number; day: number };

/**
 * How the mention is used: `range` a period (1月至7月, 上半年), `asOf` 截至…, `since` 以来/自…起,
 * `after` …以后, `deadline` 延长至/到…, `point` a bare date.
 */
export type DateRole = 'point' | 'range' | 'asOf' | 'since' | 'after' | 'deadline';

export type DateMention = {
  /** The mention as printed, with 自/以来/起/底/以后 but without 截至/至 before it. */
  start: number;
  end: number;
  text: string;
  year: YearRef;
  shape: DateShape;
  role: DateRole;
};

const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 去年: -1, 明年: 1, 前年: -2 };
const Y = '(?:(\\d{4})年|(今年|去年|明年|前年))';
const SEP = '(?:至|到|—+|–|－|-|~|～)';
const CN_SMALL = '[一二三四五六七八九十]{1,2}';

type Pattern = {
  re: RegExp;
  build: (m: RegExpExecArray) => DateShape | null;
};

function month(text: string | undefined): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}

function numberOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  return /^\d+$/u.test(text) ? Number(text) : parseChineseNumeral(text);
}

/** Tried in order at each position; the first that matches wins. Group 1/2 is always the year. */
const PATTERNS: Pattern[] = [
  {
    re: new RegExp(`${Y}?(\\d{1,2})月份?${SEP}${Y}?(\\d{1,2})月份?`, 'uy'),
    build: (m) => {
      const from = month(m[3]);
      const to = month(m[6]);
      return from !== null && to !== null && from <= to ? { kind: 'months', from, to } : null;
    },
  },
  {
    re: new RegExp(`${Y}?(\\d{1,2})${SEP}(\\d{1,2})月份?`, 'uy'),
    build: (m) => {
      const from = month(m[3]);
      const to = month(m[4]);
      return from !== null && to !== null && from < to ? { kind: 'months', from, to } : null;
    },
  },
  {
    re: new RegExp(`${Y}?(\\d{1,2})月(\\d{1,2})[日号]`, 'uy'),
    build: (m) => {
      const mo = month(m[3]);
      const day = Number(m[4]);
      return mo !== null && day >= 1 && day <= 31 ? { kind: 'day', month: mo, day } : null;
    },
  },
  {
    re: new RegExp(`${Y}?(\\d{1,2})月份?([底末])?`, 'uy'),
    build: (m) => {
      const mo = month(m[3]);
      return mo === null ? null : { kind: 'month', month: mo, end: m[4] !== undefined };
    },
  },
  { re: new RegExp(`${Y}[底末]`, 'uy'), build: () => ({ kind: 'year-end' }) },
  {
    re: new RegExp(`${Y}?([上下])半年`, 'uy'),
    build: (m) => ({ kind: 'half', half: m[3] === '上' ? 1 : 2 }),
  },
  {
    re: new RegExp(`${Y}?前(${CN_SMALL}|[1-4])季度`, 'uy'),
    build: (m) => {
      const q = numberOf(m[3]);
      return q !== null && q >= 1 && q <= 4 ? { kind: 'months', from: 1, to: q * 3 } : null;
    },
  },
  {
    re: new RegExp(`${Y}?第?([一二三四1-4])季度`, 'uy'),
    build: (m) => {
      const q = numberOf(m[3]);
      return q === null ? null : { kind: 'months', from: q * 3 - 2, to: q * 3 };
    },
  },
  {
    re: new RegExp(`${Y}?前(\\d{1,2}|${CN_SMALL})个月`, 'uy'),
    build: (m) => {
      const n = numberOf(m[3]);
      return n !== null && n >= 1 && n <= 12 ? { kind: 'months', from: 1, to: n } : null;
    },
  },
  { re: /(\d{4})年(?!\d)/uy, build: () => ({ kind: 'year' }) },
  { re: /(?:(\d{4})年)?(今年|去年|明年|前年|全年)/uy, build: () => ({ kind: 'year' }) },
];

function yearOf(m: RegExpExecArray): YearRef {
  if (m[1] !== undefined) return { kind: 'printed', year: Number(m[1]) };
  const word = m[2];
  if (word !== undefined && word !== '全年') {
    return { kind: 'relative', offset: RELATIVE_YEARS[word] ?? 0, word };
  }
  return { kind: 'relative', offset: 0, word: word ?? '' };
}

/** The role and the extended span from the words around a date. */
function roleOf(
  text: string,
  start: number,
  end: number,
  shape: DateShape,
): { role: DateRole; start: number; end: number } {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 3);
  if (shape.kind === 'months' || shape.kind === 'half') {
    if (/(?:截至|截止到?)$/u.test(before)) return { role: 'asOf', start, end };
    return { role: 'range', start, end };
  }
  const since = /^(?:以来|起|开始)/u.exec(after);
  if (since) {
    const from = /[自从]$/u.test(before) ? start - 1 : start;
    return { role: 'since', start: from, end: end + since[0].length };
  }
  const later = /^(?:以后|之后)/u.exec(after);
  if (later) return { role: 'after', start, end: end + later[0].length };
  if (/(?:截至|截止到?)$/u.test(before)) return { role: 'asOf', start, end };
  if (/(?:至|到)$/u.test(before) || /^(?:前|之前)/u.test(after)) {
    return { role: 'deadline', start, end };
  }
  return { role: 'point', start, end };
}

/** Every date or period printed in `text`, in order, not overlapping. */
export function findDates(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  let i = 0;
  while (i < text.length) {
    let found: DateMention | null = null;
    // A number inside a longer number (`12023年`) or after a Latin word (`ISC 2023`) is no date.
    const previous = text[i - 1] ?? '';
    if (!/[\dA-Za-z.]/u.test(previous)) {
      for (const { re, build } of PATTERNS) {
        re.lastIndex = i;
        const m = re.exec(text);
        if (!m) continue;
        const shape = build(m);
        if (!shape) continue;
        const end = i + m[0].length;
        const role = roleOf(text, i, end, shape);
        found = {
          start: role.start,
          end: role.end,
          text: text.slice(role.start, role.end),
          year: yearOf(m),
          shape,
          role: role.role,
        };
        break;
      }
    }
    if (found) {
      mentions.push(found);
      i = found.end;
    } else {
      i += 1;
    }
  }
  return mentions;
}

/** The year and, when it has one, the last month a mention reaches; null for a relative year. */
export function latestPoint(mention: DateMention): { year: number; month: number | null } | null {
  if (mention.year.kind !== 'printed') return null;
  const year = mention.year.year;
  const shape = mention.shape;
  switch (shape.kind) {
    case 'year':
      return { year, month: null };
    case 'year-end':
      return { year, month: 12 };
    case 'half':
      return { year, month: shape.half * 6 };
    case 'months':
      return { year, month: shape.to };
    case 'month':
    case 'day':
      return { year, month: shape.month };
  }
}
