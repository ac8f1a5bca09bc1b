import { sameValue } from '../data/numbers.ts';
import type { Range } from '../data/schema.ts';
import type { DraftDataset } from './draft.ts';

/**
 * Scoring a draft against the hand-curated data of the same article. Recall: the curated printed
 * figures (derived ones are not printed) the draft finds with the same value, unit and measure. Precision:
 * the draft figures that match a curated figure, or a number the curator deliberately left out.
 */

/** What scoring needs of a curated data file (data/<id>.json). */
export type CuratedDataset = {
  figures: readonly {
    id: string;
    value: number | Range;
    unit: string;
    measure: string;
    asPrinted?: string | undefined;
    derived?: unknown;
    indicator?: string | undefined;
  }[];
  events: readonly {
    id: string;
    date: string;
    datePrecision?: string | undefined;
    asPrinted: string;
  }[];
};

/** A figure the text prints that the curator chose not to chart; drafting it is not a mistake. */
export type LeftOut = { article: string; asPrinted: string; why: string };

/**
 * Numbers the curator of the four seed articles left out on purpose. Only real figures belong here:
 * 第十一届 (an ordinal), ISC 2023 and 5G (names) and 360 (a company) are not figures, and a draft
 * that lists them is wrong.
 */
export const CURATOR_LEFT_OUT: readonly LeftOut[] = [
  {
    article: 'isc2023-ai-security',
    asPrinted: '四大',
    why: '四大障碍, the four obstacles (no platform, probes, data or experts) Zhou Hongyi lists: a count in a quote, not an indicator',
  },
];

export type Score = {
  article: string;
  /** Curated printed figures, and how many the draft found with the right value and unit. */
  curated: number;
  found: number;
  recall: number;
  /** Draft figures, and how many match a curated figure or a left-out number. */
  drafted: number;
  correct: number;
  precision: number;
  curatedEvents: number;
  foundEvents: number;
  eventRecall: number;
  /** Draft events, and how many have the date and precision of a curated event. */
  draftedEvents: number;
  correctEvents: number;
  eventPrecision: number;
  /** asPrinted of what was missed or wrongly drafted, for the report. */
  missed: string[];
  wrong: string[];
  missedEvents: string[];
};

/** 1 when there is nothing to find: an article with no curated events misses none. */
const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function scoreDraft(
  article: string,
  draft: Pick<DraftDataset, 'figures' | 'events'>,
  curated: CuratedDataset,
  leftOut: readonly LeftOut[] = CURATOR_LEFT_OUT,
): Score {
  const printed = curated.figures.filter((f) => f.derived === undefined);
  // Right only when value (with its sign), unit and measure all agree.
  const matches = (
    a: { value: number | Range; unit: string; measure: string },
    b: typeof a,
  ): boolean => a.unit === b.unit && a.measure === b.measure && sameValue(a.value, b.value);
  const missed = printed.filter((c) => !draft.figures.some((d) => matches(c, d)));
  const allowed = leftOut.filter((l) => l.article === article).map((l) => l.asPrinted);
  const wrong = draft.figures.filter(
    (d) => !printed.some((c) => matches(c, d)) && !allowed.includes(d.asPrinted),
  );
  const precisionOf = (e: { datePrecision?: string | undefined }) => e.datePrecision ?? 'exact';
  const missedEvents = curated.events.filter(
    (c) => !draft.events.some((d) => d.date === c.date && precisionOf(d) === precisionOf(c)),
  );
  const correctEvents = draft.events.filter((d) =>
    curated.events.some((c) => d.date === c.date && precisionOf(d) === precisionOf(c)),
  ).length;
  const found = printed.length - missed.length;
  const correct = draft.figures.length - wrong.length;
  const foundEvents = curated.events.length - missedEvents.length;
  return {
    article,
    curated: printed.length,
    found,
    recall: ratio(found, printed.length),
    drafted: draft.figures.length,
    correct,
    precision: ratio(correct, draft.figures.length),
    curatedEvents: curated.events.length,
    foundEvents,
    eventRecall: ratio(foundEvents, curated.events.length),
    draftedEvents: draft.events.length,
    correctEvents,
    eventPrecision: ratio(correctEvents, draft.events.length),
    missed: missed.map((f) => `${f.id} ${f.asPrinted ?? ''}`.trim()),
    wrong: wrong.map((f) => `${f.id} ${f.asPrinted} → ${JSON.stringify(f.value)} ${f.unit}`),
    missedEvents: missedEvents.map((e) => `${e.id} ${e.asPrinted} (${e.date})`),
  };
}

/** The scores of several articles together: counts summed, not ratios averaged. */
export function totalScore(scores: readonly Score[]): Score {
  const sum = (pick: (s: Score) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const curated = sum((s) => s.curated);
  const found = sum((s) => s.found);
  const drafted = sum((s) => s.drafted);
  const correct = sum((s) => s.correct);
  const curatedEvents = sum((s) => s.curatedEvents);
  const foundEvents = sum((s) => s.foundEvents);
  const draftedEvents = sum((s) => s.draftedEvents);
  const correctEvents = sum((s) => s.correctEvents);
  return {
    article: 'overall',
    curated,
    found,
    recall: ratio(found, curated),
    drafted,
    correct,
    precision: ratio(correct, drafted),
    curatedEvents,
    foundEvents,
    eventRecall: ratio(foundEvents, curatedEvents),
    draftedEvents,
    correctEvents,
    eventPrecision: ratio(correctEvents, draftedEvents),
    missed: scores.flatMap((s) => s.missed),
    wrong: scores.flatMap((s) => s.wrong),
    missedEvents: scores.flatMap((s) => s.missedEvents),
  };
}

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** How many drafted figures got the indicator of the curated figure they match. */
export type IndicatorScore = {
  article: string;
  /** Drafted figures that match a curated printed figure (value, unit and measure). */
  matched: number;
  /** Of those, the ones drafted with the curated figure's indicator. */
  same: number;
  /** `asPrinted: drafted → curated` for the others. */
  differing: string[];
};

export function scoreIndicators(
  article: string,
  draft: {
    figures: readonly {
      asPrinted: string;
      value: number | Range;
      unit: string;
      measure: string;
      indicator: string;
    }[];
  },
  curated: CuratedDataset,
): IndicatorScore {
  const printed = curated.figures.filter((f) => f.derived === undefined);
  let matched = 0;
  const differing: string[] = [];
  for (const d of draft.figures) {
    const c = printed.find(
      (f) => f.unit === d.unit && f.measure === d.measure && sameValue(f.value, d.value),
    );
    if (!c) continue;
    matched += 1;
    if (c.indicator !== d.indicator)
      differing.push(`${d.asPrinted}: ${d.indicator} → ${c.indicator ?? '(none)'}`);
  }
  return { article, matched, same: matched - differing.length, differing };
}

/** One line per article and one overall, then the figures whose indicator differs. */
export function formatIndicatorScores(scores: readonly IndicatorScore[]): string {
  const matched = scores.reduce((n, s) => n + s.matched, 0);
  const same = scores.reduce((n, s) => n + s.same, 0);
  const rows = [...scores, { article: 'overall', matched, same, differing: [] }];
  const width = Math.max(...rows.map((r) => r.article.length));
  const lines = rows.map(
    (r) =>
      `${r.article.padEnd(width)}  indicators as curated: ${percent(ratio(r.same, r.matched))} (${r.same}/${r.matched})`,
  );
  for (const s of scores)
    for (const d of s.differing) lines.push(`  other indicator  ${s.article}: ${d}`);
  return lines.join('\n');
}

/** One line per article and one overall, then what was missed or wrongly drafted. */
export function formatScores(scores: readonly Score[]): string {
  const rows = [...scores, totalScore(scores)];
  const width = Math.max(...rows.map((r) => r.article.length));
  const lines = rows.map(
    (r) =>
      `${r.article.padEnd(width)}  figures: recall ${percent(r.recall)} (${r.found}/${r.curated}), precision ${percent(r.precision)} (${r.correct}/${r.drafted})  events: recall ${percent(r.eventRecall)} (${r.foundEvents}/${r.curatedEvents}), precision ${percent(r.eventPrecision)} (${r.correctEvents}/${r.draftedEvents})`,
  );
  for (const r of scores) {
    for (const m of r.missed) lines.push(`  missed figure  ${r.article}: ${m}`);
    for (const w of r.wrong) lines.push(`  wrong figure   ${r.article}: ${w}`);
    for (const e of r.missedEvents) lines.push(`  missed event   ${r.article}: ${e}`);
  }
  return lines.join('\n');
}

/** One figure a person labelled in an evaluation article (tests/fixtures/eval/<id>.labels.json). */
export type LabelledFigure = {
  asPrinted: string;
  value: number | Range;
  unit: string;
  measure: string;
};

/** What a draft figure must get right to count: value (with its sign), unit and measure. */
type Drafted = { asPrinted: string; value: number | Range; unit: string; measure: string };

/** Values agree to 12 significant digits, so 100/3 written out as 33.333333333333336 matches. */
function closeValue(a: number | Range, b: number | Range): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x));
  if (typeof a === 'number' || typeof b === 'number') {
    return typeof a === 'number' && typeof b === 'number' && close(a, b);
  }
  return close(a.min, b.min) && close(a.max, b.max);
}

const NUMBER_CORE =
  /\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千]+(?:分之[一二三四五六七八九十]+)?/u;

/** The number as printed (`5.0`, `三分之一`, `六`): how a draft figure is paired with its label. */
function numberCore(asPrinted: string): string {
  return NUMBER_CORE.exec(asPrinted.replace(/\s+/gu, ''))?.[0] ?? asPrinted;
}

/**
 * Scores a draft against labels: a labelled figure is found when an unused draft figure prints
 * the same number and has the same value, sign, unit and measure; a draft figure is correct when
 * it is one of those. Labels and drafts are paired in text order, so a number printed twice pairs
 * with its own occurrence.
 */
export function scoreLabels(
  article: string,
  drafted: readonly Drafted[],
  labels: readonly LabelledFigure[],
): Score {
  const used = new Set<number>();
  const missed: string[] = [];
  for (const label of labels) {
    const core = numberCore(label.asPrinted);
    const index = drafted.findIndex(
      (d, i) =>
        !used.has(i) &&
        numberCore(d.asPrinted) === core &&
        d.unit === label.unit &&
        d.measure === label.measure &&
        closeValue(d.value, label.value),
    );
    if (index >= 0) used.add(index);
    else
      missed.push(
        `${label.asPrinted} = ${JSON.stringify(label.value)} ${label.unit} ${label.measure}`,
      );
  }
  const wrong = drafted
    .filter((_, i) => !used.has(i))
    .map((d) => `${d.asPrinted} → ${JSON.stringify(d.value)} ${d.unit} ${d.measure}`);
  const found = labels.length - missed.length;
  return {
    article,
    curated: labels.length,
    found,
    recall: ratio(found, labels.length),
    drafted: drafted.length,
    correct: used.size,
    precision: ratio(used.size, drafted.length),
    curatedEvents: 0,
    foundEvents: 0,
    eventRecall: 1,
    draftedEvents: 0,
    correctEvents: 0,
    eventPrecision: 1,
    missed,
    wrong,
    missedEvents: [],
  };
}
