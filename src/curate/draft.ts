import type { Basis, Localized, Measure, Qualifier, Range, Sector } from '../data/schema.ts';
import { DATASET_VERSION } from '../data/schema.ts';
import { findDates, latestPoint, type DateMention, type YearRef } from './dates.ts';
import { findFigures, type FigureMention } from './figures.ts';
import {
  chooseIndicator,
  fittingIndicators,
  indicatorNameOf,
  joinsAsChange,
  proposedIndicatorId,
  proposeIndicator,
  rankIndicators,
  RELATIVE_UNITS,
  type IndicatorContext,
  type ProposedIndicator,
  type ScoredIndicator,
} from './indicators.ts';
import { joinColumns, printedTitle, seedText } from './join.ts';
import { findPlaces, mostNamed, NATIONAL, placeKey, type PlaceMention } from './regions.ts';
import { PROJECT_VOCABULARY, type Vocabulary } from '../data/vocabulary.ts';
import {
  within,
  endingBy,
  CLAUSE_BREAKS,
  QUOTE_BREAKS,
  SEGMENT_BREAKS,
  SENTENCE_BREAKS,
  spanAround,
  type Span,
} from './text.ts';

/**
 * `npm run curate`: drafts the data file of a new article for a person to review. Everything the
 * text does not say is either a guess explained in the figure's `note` or a `TODO` placeholder;
 * placeholders in closed fields (sector, unit, region, an unknown year) are not valid values, so
 * check:data points at each one as well as at `"draft": true`.
 */

export const DATASET_SCHEMA_PATH = '../schemas/dataset.schema.json';
export const ARTICLE_SCHEMA_PATH = '../schemas/article.schema.json';
export const TODO_TRANSLATE = 'TODO: translate';
export const TODO_SECTOR = 'TODO: sector';
/** Written where a year belongs but the text gives none (pass --date YYYY-MM to fill it in). */
export const TODO_YEAR = 'YYYY';
export const TODO_MONTH = 'MM';

export type CurateOptions = {
  /** Kebab-case article id: names data/<id>.json, seeds/<id>.txt and seeds/<id>.json. */
  articleId: string;
  sector?: Sector | undefined;
  /**
   * `YYYY-MM`, the month the article was published: the year of 今年 and of dates printed without
   * one, and the date of 目前. Without it they are read from the latest date the text prints.
   */
  date?: string | undefined;
  /** Figure and event ids are `<idPrefix>.figure-<n>`; default the sector, else the article id. */
  idPrefix?: string | undefined;
  /** The units, regions… to draft with; default the project's, data/vocabulary/. */
  vocabulary?: Vocabulary | undefined;
};

/** A figure as drafted: the schema's shape, with placeholders allowed in closed fields. */
export type DraftFigure = {
  id: string;
  /** An indicator of the vocabulary, or one proposed under proposedIndicators. */
  indicator: string;
  sector: string;
  name: Localized;
  measure: Measure;
  value: number | Range;
  unit: string;
  qualifier: Qualifier;
  period: Record<string, string | number>;
  basis?: Basis[];
  region: string;
  note?: Localized;
  asPrinted: string;
  source: { article: string; quote: string; gistEn: string };
};

export type DraftEvent = {
  id: string;
  sector: string;
  kind: 'policy';
  date: string;
  datePrecision?: 'end' | 'from';
  name: Localized;
  asPrinted: string;
  source: { article: string; quote: string; gistEn: string };
};

/**
 * A unit the vocabulary lacks, proposed as an entry of data/vocabulary/units.json: the printed
 * word and counted noun from the text, the English left for the reviewer.
 */
export type ProposedUnit = {
  id: string;
  name: Localized;
  zh: { value: string };
  en: { other: string };
  printed: string[];
};

export type DraftDataset = {
  $schema: string;
  version: typeof DATASET_VERSION;
  article: string;
  draft: true;
  /** Units the figures use that the vocabulary does not have yet (see ProposedUnit). */
  proposedUnits?: ProposedUnit[];
  /** Indicators the figures name that the vocabulary does not have yet. */
  proposedIndicators?: ProposedIndicator[];
  figures: DraftFigure[];
  events: DraftEvent[];
};

export type DraftArticle = {
  $schema: string;
  id: string;
  title: Localized;
  sector: string;
  publication: { date: null; outlet: null; note: Localized };
};

export type CurateResult = {
  /** data/<id>.json */
  dataset: DraftDataset;
  /** seeds/<id>.json */
  article: DraftArticle;
  /** seeds/<id>.txt: the paragraphs, column breaks joined. */
  text: string;
  /** What the reviewer must supply, for the command to print. */
  warnings: string[];
};

type Reference = { year: number | null; month: number | null; from: Localized };

type Paragraph = {
  text: string;
  dates: DateMention[];
  /** The dates that may give a figure its period (no deadlines, comparisons or datelines). */
  usableDates: DateMention[];
  figures: FigureMention[];
  places: PlaceMention[];
  /** The place the paragraph names most (see mostNamed), for figures whose sentence names none. */
  mostNamed: PlaceMention | null;
};

const pad = (n: number): string => String(n).padStart(2, '0');
const yearText = (year: number | null): string => (year === null ? TODO_YEAR : String(year));
const monthText = (year: number | null, month: number): string => `${yearText(year)}-${pad(month)}`;

function joinNotes(notes: readonly Localized[]): Localized | undefined {
  if (notes.length === 0) return undefined;
  return { zh: notes.map((n) => n.zh).join(''), en: notes.map((n) => n.en).join(' ') };
}

const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/u;

/** Throws unless `date` is `YYYY-MM`. */
export function parseMonthOption(date: string): { year: number; month: number } {
  const m = ISO_MONTH.exec(date);
  if (!m)
    throw new Error(`--date expects the publication month as YYYY-MM, e.g. 2023-08; got "${date}"`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** The article's own "now": from --date, else the latest date printed that is not a deadline. */
function findReference(paragraphs: readonly Paragraph[], date: string | undefined): Reference {
  if (date !== undefined) {
    const { year, month } = parseMonthOption(date);
    return { year, month, from: { zh: `据 --date ${date}`, en: `from --date ${date}` } };
  }
  let best: { year: number; month: number | null; text: string } | null = null;
  for (const p of paragraphs) {
    for (const mention of p.dates) {
      if (mention.role === 'deadline' || mention.role === 'after') continue;
      const point = latestPoint(mention);
      if (!point) continue;
      const later =
        !best ||
        point.year > best.year ||
        (point.year === best.year && (point.month ?? 0) > (best.month ?? 0));
      if (later) best = { ...point, text: mention.text };
    }
  }
  if (!best) {
    return {
      year: null,
      month: null,
      from: { zh: '文中没有印出年份', en: 'the text prints no year' },
    };
  }
  return {
    year: best.year,
    month: best.month,
    from: {
      zh: `据文中最晚的日期“${best.text}”推断`,
      en: `inferred from the latest date printed, ${best.text}`,
    },
  };
}

function resolveYear(
  year: YearRef,
  printed: string,
  reference: Reference,
): { year: number | null; note?: Localized } {
  if (year.kind === 'printed') return { year: year.year };
  if (reference.year === null) {
    return {
      year: null,
      note: {
        zh: `“${printed}”的年份未知，请用 --date YYYY-MM 给出刊出月份或手填。`,
        en: `The year of ${printed} is unknown: pass --date YYYY-MM or fill it in.`,
      },
    };
  }
  const resolved = reference.year + year.offset;
  const what = year.word === '' ? `“${printed}”未印年份` : `“${year.word}”`;
  const whatEn = year.word === '' ? `${printed} prints no year:` : `${year.word}`;
  return {
    year: resolved,
    note: {
      zh: `${what}按${resolved}年记（${reference.from.zh}），请核对。`,
      en: `${whatEn} read as ${resolved} (${reference.from.en}); check.`,
    },
  };
}

function periodOf(mention: DateMention, year: number | null): Record<string, string | number> {
  const shape = mention.shape;
  const since = mention.role === 'since' || mention.role === 'after';
  switch (shape.kind) {
    case 'year':
      if (since) return { kind: 'since', date: yearText(year) };
      if (mention.role === 'asOf') return { kind: 'asOf', date: yearText(year) };
      return { kind: 'year', year: year ?? TODO_YEAR };
    case 'year-end':
      return since
        ? { kind: 'since', date: monthText(year, 12) }
        : { kind: 'asOf', date: yearText(year) };
    case 'half':
      return { kind: 'half', year: year ?? TODO_YEAR, half: shape.half };
    case 'months':
      return { kind: 'months', from: monthText(year, shape.from), to: monthText(year, shape.to) };
    case 'month': {
      const date = monthText(year, shape.month);
      if (since) return { kind: 'since', date };
      if (mention.role === 'asOf' || shape.end) return { kind: 'asOf', date };
      return { kind: 'month', date };
    }
    case 'day': {
      const date = `${monthText(year, shape.month)}-${pad(shape.day)}`;
      return since ? { kind: 'since', date } : { kind: 'asOf', date };
    }
  }
}

function toDate(reference: Reference): Record<string, string> {
  const month = reference.month === null ? TODO_MONTH : pad(reference.month);
  return { kind: 'toDate', date: `${yearText(reference.year)}-${month}` };
}

/** 截至目前, 目前, 如今…: the figure is dated at the time of writing. */
const NOW_WORDS = /截至目前|目前|如今|当前|近日|日前|现阶段/u;
/** A date after 较/比 is the base of a comparison (较去年), not the figure's period. */
const COMPARISON_BEFORE = /(?:较|比|同)(?:上年|去年|上月)?$/u;

/** 新华社北京11月15日电, 本报讯: the dateline dates the report, not the figures in it. */
export function isDateline(text: string, m: DateMention): boolean {
  return /^电/u.test(text.slice(m.end));
}

function usableForPeriod(p: { text: string }, m: DateMention): boolean {
  return (
    m.role !== 'deadline' &&
    !COMPARISON_BEFORE.test(p.text.slice(Math.max(0, m.start - 4), m.start)) &&
    !isDateline(p.text, m)
  );
}

/** The period of a figure, with a note when it was not printed in the figure's own sentence. */
function figurePeriod(
  p: Paragraph,
  f: FigureMention,
  reference: Reference,
): { period: Record<string, string | number>; notes: Localized[] } {
  const dates = p.usableDates;
  const segment = spanAround(p.text, f.start, f.end, SEGMENT_BREAKS);
  const sentence = spanAround(p.text, f.start, f.end, SENTENCE_BREAKS);
  const clause = spanAround(p.text, f.start, f.end, CLAUSE_BREAKS);
  const before = (span: Span, roles: readonly DateMention['role'][]): DateMention | undefined =>
    within(dates, span.start, f.start)
      .filter((m) => roles.includes(m.role))
      .at(-1);
  // Across a semicolon only a period carries over (上半年，…；…下降2.4%), not another clause's
  // starting date (河南…自8月20日起…；湖北襄阳…上调).
  const chosen =
    before(segment, ['point', 'range', 'asOf', 'since', 'after']) ??
    within(dates, f.end, clause.end)[0] ??
    before(sentence, ['point', 'range', 'asOf']);
  const fromMention = (m: DateMention, extra: Localized[] = []) => {
    const year = resolveYear(m.year, m.text, reference);
    return { period: periodOf(m, year.year), notes: [...extra, ...(year.note ? [year.note] : [])] };
  };
  if (chosen) return fromMention(chosen);

  const now = NOW_WORDS.exec(p.text.slice(sentence.start, f.start));
  const toDateNote = (why: Localized): Localized => ({
    zh: `${why.zh}按撰文时记为${toDate(reference).date}（${reference.from.zh}），请按刊出日期核对。`,
    en: `${why.en}, so it is dated at the time of writing, ${toDate(reference).date} (${reference.from.en}); check against the publication date.`,
  });
  if (now) {
    return {
      period: toDate(reference),
      notes: [toDateNote({ zh: `文中写“${now[0]}”，`, en: `The text says ${now[0]}` })],
    };
  }
  // A paragraph that opens with a dated sentence of no figures (8月份，部分水泥企业价格有所回升。)
  // sets the time of the figures after it.
  const opener = p.dates[0];
  const openingSentence = opener ? spanAround(p.text, 0, 0, SENTENCE_BREAKS) : null;
  const framing =
    opener !== undefined &&
    openingSentence !== null &&
    opener.start === 0 &&
    opener.role !== 'deadline' &&
    f.start > openingSentence.end &&
    !(p.figures[0] !== undefined && p.figures[0].end <= openingSentence.end);
  if (opener && framing) {
    return fromMention(opener, [
      {
        zh: `句中未给时间，按段首的“${opener.text}”记，请核对。`,
        en: `The sentence gives no date; dated by the paragraph's opening ${opener.text}; check.`,
      },
    ]);
  }
  // A paragraph's lead (分行业看，7月，……) or an earlier sentence dates the figures after it.
  let lead: DateMention | undefined;
  for (const m of endingBy(dates, f.start)) {
    if (['point', 'range', 'asOf'].includes(m.role)) {
      lead = m;
      break;
    }
  }
  if (lead) {
    return fromMention(lead, [
      {
        zh: `句中未给时间，按本段前文的“${lead.text}”记，请核对。`,
        en: `The sentence gives no date; dated by ${lead.text} earlier in the paragraph; check.`,
      },
    ]);
  }
  return {
    period: toDate(reference),
    notes: [toDateNote({ zh: '文中未给时间，', en: 'The text gives no date for it' })],
  };
}

/** The region named nearest the figure; the paragraph's or article's when its sentence names none. */
function figureRegion(
  p: Paragraph,
  f: FigureMention,
  articlePlace: PlaceMention | null,
): { region: string; notes: Localized[] } {
  const clause = spanAround(p.text, f.start, f.end, CLAUSE_BREAKS);
  const segment = spanAround(p.text, f.start, f.end, SEGMENT_BREAKS);
  const sentence = spanAround(p.text, f.start, f.end, SENTENCE_BREAKS);
  const inClause = within(p.places, clause.start, clause.end);
  const distinct = new Set(inClause.map(placeKey));
  // A clause listing several places (北京、长沙、成渝地区…) spans them all: look before it.
  const until = distinct.size > 1 ? clause.start : f.start;
  const nearestBefore = (span: Span): PlaceMention | undefined =>
    within(p.places, span.start, until).at(-1);

  let place: PlaceMention | undefined | null =
    distinct.size === 1 ? inClause[0] : (nearestBefore(segment) ?? nearestBefore(sentence));
  let notes: Localized[] = [];
  if (!place) {
    place = p.mostNamed;
    notes = [
      {
        zh: '地区按本段推断，句中未写。',
        en: 'Region taken from the paragraph: the sentence names none.',
      },
    ];
  }
  if (!place) {
    place = articlePlace;
    notes = [
      {
        zh: '地区按全文推断，本段未写。',
        en: 'Region taken from the whole article: the paragraph names none.',
      },
    ];
  }
  if (!place) {
    return {
      region: NATIONAL,
      notes: [
        {
          zh: '文中未写地区（或并列多个地区）：按全国记，请核对。',
          en: 'No one region is named (or several equally): drafted as China; check.',
        },
      ],
    };
  }
  if (place.region === null) {
    return {
      region: `TODO: region (${place.name} is not in REGIONS)`,
      notes: [
        {
          zh: `“${place.name}”不在 REGIONS 中：请在 src/data/vocab.ts 中添加或选一个地区。`,
          en: `${place.name} is not in REGIONS: add it to src/data/vocab.ts or choose a region.`,
        },
      ],
    };
  }
  return { region: place.region, notes };
}

/** 口径 and scope words printed with the figure: in its clause, right after it, or a 口径 clause before it. */
function figureBasis(p: Paragraph, f: FigureMention): Basis[] | undefined {
  const clause = spanAround(p.text, f.start, f.end, CLAUSE_BREAKS);
  const segment = spanAround(p.text, f.start, f.end, SEGMENT_BREAKS);
  const aside = /^[（(][^）)]*[）)]/u.exec(p.text.slice(f.end))?.[0] ?? '';
  const scope = p.text
    .slice(segment.start, clause.start)
    .split(/[，,]/u)
    // A clause that only sets the scope (按照产量全口径计算), not one with a figure of its own.
    .filter((c) => c.includes('口径') && !/\d/u.test(c))
    .join('');
  const text = p.text.slice(clause.start, clause.end) + aside + scope;
  const basis: Basis[] = [];
  if (text.includes('同口径')) basis.push('same-caliber');
  if (text.includes('全口径')) basis.push('full-caliber');
  if (text.includes('规模以上')) basis.push('above-scale');
  return basis.length > 0 ? basis : undefined;
}

type ListItem = { subject: string; position: number; quote: string };

/**
 * Lists printed with 分别 (东部、中部、西部地区增加值同比分别增长4.4%、4.2%、5.9%): each value
 * paired with its subject, in order, when the numbers of subjects and values agree. Keyed by the
 * index of the figure in the paragraph.
 */
function listSubjects(p: Paragraph): Map<number, ListItem> {
  const items = new Map<number, ListItem>();
  const indexOf = new Map(p.figures.map((f, index) => [f, index]));
  for (const marker of p.text.matchAll(/分别/gu)) {
    const clause = spanAround(p.text, marker.index, marker.index, CLAUSE_BREAKS);
    const values = within(p.figures, marker.index, clause.end).map((f) => ({
      f,
      index: indexOf.get(f) as number,
    }));
    if (values.length < 2) continue;
    // The subjects: the text before 分别 in its clause, after any comparison or 的.
    const lead = p.text
      .slice(clause.start, marker.index)
      .replace(/(?:同比|环比|比上年|比上月|较上年|较上月|比[^、和及与]{1,8}?)$/u, '');
    const subjects = lead
      .split(/、|和|及|与|以及/u)
      .map((x) => x.trim())
      .filter((x) => x !== '');
    if (subjects.length !== values.length) continue;
    const quote = p.text.slice(clause.start, clause.end).trim();
    values.forEach(({ index }, i) => {
      items.set(index, { subject: subjects[i] as string, position: i + 1, quote });
    });
  }
  return items;
}

/** The shortest clause holding the span, between ，。；：、 and quotation marks. */
function quoteOf(text: string, start: number, end: number): string {
  const span = spanAround(text, start, end, QUOTE_BREAKS);
  return text.slice(span.start, span.end).trim();
}

/**
 * An event's quote: its clause, or with the next clause when the clause is just the date
 * (`2022年8月，住房和城乡建设部、财政部…出台措施`).
 */
function eventQuote(text: string, m: DateMention): string {
  const clause = spanAround(text, m.start, m.end, QUOTE_BREAKS);
  const rest = text.slice(clause.start, clause.end).replace(m.text, '');
  if (
    rest.length >= 2 ||
    clause.end >= text.length ||
    !'，,'.includes(text[clause.end] as string)
  ) {
    return text.slice(clause.start, clause.end).trim();
  }
  const next = spanAround(text, clause.end + 1, clause.end + 1, CLAUSE_BREAKS);
  return text.slice(clause.start, next.end).trim();
}

/** A date that marks a milestone: since/after, a deadline, or a bare month in a sentence with no figure. */
function milestone(p: Paragraph, m: DateMention): { precision: 'exact' | 'end' | 'from' } | null {
  if (isDateline(p.text, m)) return null;
  const shape = m.shape.kind;
  const dated = shape === 'month' || shape === 'day' || shape === 'year-end';
  const end = (m.shape.kind === 'month' && m.shape.end) || shape === 'year-end';
  if ((m.role === 'since' || m.role === 'after') && dated) return { precision: 'from' };
  if (m.role === 'deadline' && (dated || shape === 'year')) {
    return { precision: end ? 'end' : 'exact' };
  }
  if (m.role === 'point' && dated) {
    const sentence = spanAround(p.text, m.start, m.end, SENTENCE_BREAKS);
    const hasFigure = within(p.figures, sentence.start, sentence.end).length > 0;
    if (!hasFigure) return { precision: end ? 'end' : 'exact' };
  }
  return null;
}

function eventDate(m: DateMention, year: number | null): string {
  const shape = m.shape;
  switch (shape.kind) {
    case 'month':
      return monthText(year, shape.month);
    case 'day':
      return `${monthText(year, shape.month)}-${pad(shape.day)}`;
    case 'year-end':
      return monthText(year, 12);
    default:
      return yearText(year);
  }
}

/** A drafted figure on its way: its notes so far and what its indicator is matched on. */
type Pending = {
  figure: DraftFigure;
  f: FigureMention;
  inList: ListItem | undefined;
  notes: Localized[];
  /** An earlier figure of the same value and unit (probably the same figure printed again). */
  twin: DraftFigure | undefined;
  /** Its unit and value as one text: figures printed twice share it. */
  key: string;
};

/** The indicators chosen so far for one article: the vocabulary's, and the ones proposed. */
type IndicatorChoice = {
  vocabulary: Vocabulary;
  sector: string | undefined;
  proposed: ProposedIndicator[];
  /** Ids of the vocabulary's indicators and of the proposals. */
  taken: Set<string>;
};

/**
 * What lies between a figure and a change of it printed right after: only a comparison
 * (`9.53亿吨，同比增长1.3%`, `420亿元，同比增长12.5%，增速比上半年加快1.2个百分点`), no subject.
 */
const CHANGE_GAP =
  /^[，,]?(?:增速|增幅|涨幅|降幅|增长率)?(?:同比|环比|(?:比|较)[^，,。；;\d]{0,8})?$/u;

/** The unit of the quantity a group's changes are of: its level's, else a change's own unit. */
function levelUnit(group: readonly Pending[], vocabulary: Vocabulary): string | undefined {
  const point = group.find((g) => !joinsAsChange(vocabulary, g.figure.measure));
  if (point) return point.figure.unit;
  return group.find((g) => !RELATIVE_UNITS.includes(g.figure.unit))?.figure.unit;
}

/**
 * Figures of one paragraph that clearly belong together: a figure and the changes printed right
 * after it in its sentence with only a comparison between (a level and its year-on-year change),
 * in percent, percentage points or the level's own unit. Items of a list with 分别 each stand alone.
 */
function indicatorGroups(
  p: Paragraph,
  items: readonly Pending[],
  vocabulary: Vocabulary,
): Pending[][] {
  const groups: Pending[][] = [];
  for (const item of items) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    const joins =
      group !== undefined &&
      last !== undefined &&
      !item.inList &&
      !last.inList &&
      joinsAsChange(vocabulary, item.figure.measure) &&
      last.f.start >= spanAround(p.text, item.f.start, item.f.end, SEGMENT_BREAKS).start &&
      CHANGE_GAP.test(
        p.text
          .slice(last.f.end, item.f.start)
          .replace(/[（(][^）)]*[）)]/gu, '')
          .trim(),
      ) &&
      (RELATIVE_UNITS.includes(item.figure.unit) ||
        [undefined, item.figure.unit].includes(levelUnit(group, vocabulary))) &&
      // Percentage points after a level are a change of its growth: only once that is printed.
      (item.figure.measure !== 'pp-change' ||
        group.some((g) => ['rate', 'yoy-change', 'mom-change'].includes(g.figure.measure)));
    if (joins) group.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** What a group's indicator is matched on: its figures' clauses (a list item's subject), its sentence. */
function groupContext(p: Paragraph, group: readonly Pending[]): IndicatorContext {
  const first = group[0] as Pending;
  const clauseOf = ({ f, inList }: Pending) => {
    if (inList) return inList.subject;
    const span = spanAround(p.text, f.start, f.end, CLAUSE_BREAKS);
    return p.text.slice(span.start, span.end);
  };
  const sentence = spanAround(p.text, first.f.start, first.f.end, SENTENCE_BREAKS);
  return {
    clause: group.length === 1 ? clauseOf(first) : [...new Set(group.map(clauseOf))].join('，'),
    sentence: p.text.slice(sentence.start, sentence.end),
  };
}

const idList = (ranked: readonly ScoredIndicator[]): string =>
  ranked.map((r) => r.indicator.id).join(', ');

/** Figures that belong together and the words around them (see indicatorGroups, groupContext). */
type IndicatorGroup = { members: Pending[]; context: IndicatorContext };

/**
 * Gives each group of figures an indicator, and says which and why in each figure's note: the
 * vocabulary's when one fits and its name is printed around them (see chooseIndicator); else the
 * one a figure of the same value and unit elsewhere in the article was given (a number printed
 * again: 金融16条 names its measures in full only the second time); else a proposed one, shared
 * with an earlier twin's proposal.
 */
function assignIndicators(groups: readonly IndicatorGroup[], choice: IndicatorChoice): void {
  const { vocabulary } = choice;
  // Many groups have the same measures and units: which indicators fit them is found once.
  const fits = new Map<string, ReturnType<typeof fittingIndicators>>();
  const decided = groups.map(({ members, context }) => {
    const shapes = members.map((g) => ({ measure: g.figure.measure, unit: g.figure.unit }));
    const key = shapes.map((x) => `${x.measure} ${x.unit}`).join('|');
    let fitting = fits.get(key);
    if (!fitting) {
      fitting = fittingIndicators(vocabulary, shapes, choice.sector);
      fits.set(key, fitting);
    }
    const ranked = rankIndicators(fitting, context, vocabulary);
    return { members, ranked, chosen: chooseIndicator(ranked) };
  });
  // The first figure of each value and unit whose indicator was chosen by name.
  const named = new Map<string, { figure: DraftFigure; chosen: ScoredIndicator }>();
  for (const { members, chosen } of decided) {
    if (!chosen) continue;
    for (const { figure, key } of members) if (!named.has(key)) named.set(key, { figure, chosen });
  }
  const proposedIds = new Set<string>();
  for (const { members, ranked, chosen } of decided) {
    const first = members[0] as Pending;
    const twinNamed = named.get(first.key);
    const alike =
      !chosen &&
      members.length === 1 &&
      twinNamed !== undefined &&
      ranked.some((r) => r.indicator === twinNamed.chosen.indicator)
        ? twinNamed
        : undefined;
    let id: string;
    let note: Localized;
    if (chosen) {
      const { indicator, pieces } = chosen;
      const others = ranked.filter((r) => r !== chosen);
      id = indicator.id;
      note = {
        zh: `指标按名称选为 ${id}（${indicator.name.zh}）：行业、度量和单位相符，句中印有“${pieces.join('”“')}”${others.length > 0 ? `；也相符的有 ${idList(others)}` : ''}，请核对。`,
        en: `Indicator ${id} (${indicator.name.en}) chosen by its name: its sector, measure and unit fit and the sentence prints ${pieces.join(', ')}${others.length > 0 ? `; ${idList(others)} also fit` : ''}; check.`,
      };
    } else if (alike) {
      const { indicator } = alike.chosen;
      const twin = alike.figure.id;
      id = indicator.id;
      note = {
        zh: `指标记为 ${id}（${indicator.name.zh}）：与 ${twin} 数值和单位相同，应是同一指标，请核对。`,
        en: `Indicator ${id} (${indicator.name.en}), as ${twin}, which has the same value and unit; check.`,
      };
    } else if (
      members.length === 1 &&
      first.twin !== undefined &&
      proposedIds.has(first.twin.indicator)
    ) {
      // Printed again: the earlier figure's proposal, not a second one.
      id = first.twin.indicator;
      note = {
        zh: `与 ${first.twin.id} 同用新指标 ${id}。`,
        en: `Shares the proposed indicator ${id} with ${first.twin.id}.`,
      };
    } else {
      // Numbered on from the last proposal: the ids before it are taken.
      id = proposedIndicatorId(choice.taken, choice.sector, choice.proposed.length + 1);
      choice.taken.add(id);
      proposedIds.add(id);
      choice.proposed.push(
        proposeIndicator(
          vocabulary,
          members.map(({ figure, inList }) => ({
            measure: figure.measure,
            unit: figure.unit,
            zh: inList ? inList.subject : indicatorNameOf(figure.name.zh, figure.asPrinted),
          })),
          { id, sector: choice.sector ?? TODO_SECTOR, en: TODO_TRANSLATE },
        ),
      );
      note = {
        zh: `词表中没有与之相符的指标：草稿在 proposedIndicators 中提出新指标 ${id}（英文名待审），审核后移入 data/vocabulary/indicators.json。${ranked.length > 0 ? `行业、度量和单位相符但名称不近的有 ${idList(ranked)}。` : ''}`,
        en: `No indicator of the vocabulary fits it: the draft proposes ${id} under proposedIndicators (English name to review); move it to data/vocabulary/indicators.json.${ranked.length > 0 ? ` ${idList(ranked)} fit its sector, measure and unit but not its words.` : ''}`,
      };
    }
    for (const [k, g] of members.entries()) {
      g.figure.indicator = id;
      g.notes.push(note);
      if (k > 0) {
        g.notes.push({
          zh: `与 ${first.figure.id} 同属一个指标（同句中紧随其后的变化）。`,
          en: `Shares its indicator with ${first.figure.id}, the figure it follows in its sentence.`,
        });
      }
    }
  }
}

/** Drafts the data file, sidecar and seed text of one article printed as `raw`. */
export function draftArticle(raw: string, options: CurateOptions): CurateResult {
  const { articleId } = options;
  const vocabulary = options.vocabulary ?? PROJECT_VOCABULARY;
  const sector = options.sector ?? TODO_SECTOR;
  const prefix = options.idPrefix ?? options.sector ?? articleId;
  const texts = joinColumns(raw);
  const paragraphs: Paragraph[] = texts.map((text) => {
    const dates = findDates(text);
    const places = findPlaces(text, vocabulary);
    const paragraph = { text, dates, figures: findFigures(text, dates, vocabulary), places };
    return {
      ...paragraph,
      usableDates: dates.filter((m) => usableForPeriod(paragraph, m)),
      mostNamed: mostNamed(places),
    };
  });
  const reference = findReference(paragraphs, options.date);
  const articlePlace = mostNamed(paragraphs.flatMap((p) => p.places));
  const source = (quote: string) => ({ article: articleId, quote, gistEn: TODO_TRANSLATE });

  const figures: DraftFigure[] = [];
  /** Each figure's notes so far, and what its indicator is matched on. */
  const pending: Pending[] = [];
  const groups: IndicatorGroup[] = [];
  const events: DraftEvent[] = [];
  const eventKeys = new Set<string>();
  /** The first figure of each unit and value, to note a number printed twice. */
  const twins = new Map<string, DraftFigure>();
  const proposed = new Map<string, ProposedUnit>();
  const indicators: IndicatorChoice = {
    vocabulary,
    sector: options.sector,
    proposed: [],
    taken: new Set(vocabulary.indicators.map((i) => i.id)),
  };
  const propose = (f: FigureMention): string => {
    const word = f.unitWord !== '' ? f.unitWord : (/[^\d.,%]+$/u.exec(f.asPrinted)?.[0] ?? '');
    const key = word === '' ? f.asPrinted : word;
    let unit = proposed.get(key);
    if (!unit) {
      unit = {
        id: `new-unit-${proposed.size + 1}`,
        name: { zh: key, en: TODO_TRANSLATE },
        zh: { value: `{{value}}${key}` },
        en: { other: `{{value}} ${TODO_TRANSLATE}` },
        printed: [key],
      };
      proposed.set(key, unit);
    }
    return unit.id;
  };
  for (const p of paragraphs) {
    const lists = listSubjects(p);
    const inParagraph: Pending[] = [];
    for (const [index, f] of p.figures.entries()) {
      const inList = lists.get(index);
      const quote = inList ? inList.quote : quoteOf(p.text, f.start, f.end);
      const { period, notes: periodNotes } = figurePeriod(p, f, reference);
      const listPlace = inList ? findPlaces(inList.subject, vocabulary)[0] : undefined;
      const { region, notes: regionNotes } = listPlace?.region
        ? { region: listPlace.region, notes: [] }
        : figureRegion(p, f, articlePlace);
      const notes = [...f.guesses, ...periodNotes, ...regionNotes];
      if (inList) {
        notes.unshift({
          zh: `“分别”列举的第${inList.position}项，对应“${inList.subject}”，请核对。`,
          en: `Item ${inList.position} of a list with 分别, paired with ${inList.subject}; check.`,
        });
      }
      let unit = f.unit;
      if (unit === null) {
        unit = propose(f);
        notes.push({
          zh: `“${f.asPrinted}”的单位不在词表中：草稿在 proposedUnits 中提出新单位 ${unit}（英文名待审），审核后移入 data/vocabulary/units.json。`,
          en: `The unit of ${f.asPrinted} is not in the vocabulary: the draft proposes ${unit} under proposedUnits (English name to review); move it to data/vocabulary/units.json.`,
        });
      }
      const twinKey = `${unit} ${JSON.stringify(f.value)}`;
      const twin = twins.get(twinKey);
      if (twin) {
        notes.push({
          zh: `与 ${twin.id}（“${twin.source.quote}”）数值相同，可能是同一数字再次出现：保留一个。`,
          en: `Same value and unit as ${twin.id} (${twin.source.quote}): probably the same figure printed again; keep one.`,
        });
      }
      const basis = figureBasis(p, f);
      const figure: DraftFigure = {
        id: `${prefix}.figure-${figures.length + 1}`,
        indicator: '',
        sector,
        name: { zh: inList ? `${inList.subject}（${quote}）` : quote, en: TODO_TRANSLATE },
        measure: f.measure,
        value: f.value,
        unit,
        qualifier: f.qualifier,
        period,
        ...(basis ? { basis } : {}),
        region,
        // Every figure's note says at least which indicator it was given and why: written once
        // the indicators are chosen (assignIndicators).
        note: { zh: '', en: '' },
        asPrinted: f.asPrinted,
        source: source(quote),
      };
      figures.push(figure);
      inParagraph.push({ figure, f, inList, notes, twin, key: twinKey });
      if (!twins.has(twinKey)) twins.set(twinKey, figure);
    }
    for (const members of indicatorGroups(p, inParagraph, vocabulary)) {
      groups.push({ members, context: groupContext(p, members) });
    }
    pending.push(...inParagraph);
    for (const m of p.dates) {
      const mark = milestone(p, m);
      if (!mark) continue;
      const year = resolveYear(m.year, m.text, reference);
      const date = eventDate(m, year.year);
      const key = `${date} ${mark.precision}`;
      if (eventKeys.has(key)) continue;
      eventKeys.add(key);
      const quote = eventQuote(p.text, m);
      events.push({
        id: `${prefix}.event-${events.length + 1}`,
        sector,
        kind: 'policy',
        date,
        ...(mark.precision === 'exact' ? {} : { datePrecision: mark.precision }),
        name: {
          zh: quote,
          en: year.note ? `${TODO_TRANSLATE}. ${year.note.en}` : TODO_TRANSLATE,
        },
        asPrinted: m.text,
        source: source(quote),
      });
    }
  }

  assignIndicators(groups, indicators);
  for (const { figure, notes } of pending) figure.note = joinNotes(notes);

  const title = printedTitle(raw);
  const article: DraftArticle = {
    $schema: ARTICLE_SCHEMA_PATH,
    id: articleId,
    title: {
      zh: title ?? 'TODO: 标题（原文首行不像标题，请拟一个描述性标题并在 publication.note 中说明）',
      en: TODO_TRANSLATE,
    },
    sector,
    publication: {
      date: null,
      outlet: null,
      note: {
        zh: `TODO: 填写出版日期和刊登媒体；原文未印出则保持 null，并写明所知及依据。${title ? '标题照原文印出。' : ''}`,
        en: `TODO: fill in the publication date and outlet; if the article does not print them, keep null and say what is known and how.${title ? ' The title is as printed.' : ''}`,
      },
    },
  };

  const warnings: string[] = [];
  if (!options.sector) {
    warnings.push(
      `no --sector: sector is "${TODO_SECTOR}" (one of the sectors in data/vocabulary/sectors.json)`,
    );
  }
  if (reference.year === null) {
    warnings.push(
      'the text prints no year: pass --date YYYY-MM (the publication month) or replace each YYYY',
    );
  }
  const count = (what: string, n: number) => {
    if (n > 0) warnings.push(`${n} ${what}`);
  };
  count(
    'new unit(s) proposed under proposedUnits: review their English names and move them to data/vocabulary/units.json',
    proposed.size,
  );
  count(
    'new indicator(s) proposed under proposedIndicators: review their names (the English is left to you) and move them to data/vocabulary/indicators.json',
    indicators.proposed.length,
  );
  count(
    'figure(s) with no region (region "TODO: region …")',
    figures.filter((f) => f.region.startsWith('TODO')).length,
  );

  return {
    dataset: {
      $schema: DATASET_SCHEMA_PATH,
      version: DATASET_VERSION,
      article: articleId,
      draft: true,
      ...(proposed.size > 0 ? { proposedUnits: [...proposed.values()] } : {}),
      ...(indicators.proposed.length > 0 ? { proposedIndicators: indicators.proposed } : {}),
      figures,
      events,
    },
    article,
    text: seedText(texts),
    warnings,
  };
}

/**
 * Stable JSON text for a file, as Prettier prints it: two-space indent, objects expanded, arrays of
 * plain values on one line (`"basis": ["full-caliber"]`), a final newline.
 */
export function toJsonText(value: unknown): string {
  const write = (v: unknown, indent: string): string => {
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      if (v.every((x) => x === null || typeof x !== 'object')) {
        return `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
      }
      const inner = `${indent}  `;
      return `[\n${v.map((x) => inner + write(x, inner)).join(',\n')}\n${indent}]`;
    }
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (entries.length === 0) return '{}';
      const inner = `${indent}  `;
      const body = entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner)}`);
      return `{\n${body.join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(v);
  };
  return `${write(value, '')}\n`;
}
