import type { Localized } from '../data/schema.ts';
import type { IndicatorEntry, Vocabulary } from '../data/vocabulary.ts';
import { CLAUSE_BREAKS, SENTENCE_BREAKS, spanAround } from './text.ts';

/**
 * Which indicator of the vocabulary a drafted figure belongs to. An indicator fits a figure when
 * the sector is the same and the figure is one of its points (the indicator's measure and unit) or
 * one of its changes (a measure in `changes`, in percent, percentage points or the indicator's
 * unit): the rule check:data applies. Among the indicators that fit, the words decide: the one
 * whose Chinese name the figure's clause prints most of, then its sentence. Shared by the drafter
 * and the curation studio, which lists the same ranking.
 */

/** An indicator the vocabulary lacks, proposed as an entry of data/vocabulary/indicators.json. */
export type ProposedIndicator = {
  id: string;
  name: Localized;
  sector: string;
  unit: string;
  measure: string;
  changes?: string[];
};

/** Written where a proposed indicator's unit cannot be known (only its changes are printed). */
export const TODO_UNIT = 'TODO: unit';

/** Units a change may be printed in, whatever the indicator's own unit (as check:data allows). */
export const RELATIVE_UNITS: readonly string[] = ['percent', 'percentage-point'];

/** What an indicator is matched on: a figure's measure and unit. */
export type FigureShape = { measure: string; unit: string };

/** The indicator's figures may be this one: its point, or a change of its point. */
export function fitsIndicator(
  indicator: Pick<IndicatorEntry, 'measure' | 'unit' | 'changes'>,
  figure: FigureShape,
): boolean {
  if (figure.measure === indicator.measure) return figure.unit === indicator.unit;
  return (
    (indicator.changes ?? []).includes(figure.measure) &&
    (figure.unit === indicator.unit || RELATIVE_UNITS.includes(figure.unit))
  );
}

/**
 * The indicators every one of `figures` fits, in vocabulary order; of `sector` when it is a
 * sector of the vocabulary (a draft without --sector looks in all of them).
 */
export function fittingIndicators(
  vocabulary: Pick<Vocabulary, 'indicators' | 'sectors'>,
  figures: readonly FigureShape[],
  sector: string | undefined,
): IndicatorEntry[] {
  const known = vocabulary.sectors.some((s) => s.id === sector);
  return vocabulary.indicators.filter(
    (i) => (!known || i.sector === sector) && figures.every((f) => fitsIndicator(i, f)),
  );
}

/**
 * Letters only: a name's punctuation, quotation marks and spaces never decide a match (办理“无感过户”
 * 的客户 is matched as 办理无感过户的客户). The text keeps its own: a piece does not run across them.
 */
const letters = (text: string): string => text.replace(/[\p{P}\p{S}\s]/gu, '');

/** Names are few and matched against every figure: each is reduced to its letters once. */
const nameLetters = new Map<string, string>();
function lettersOfName(name: string): string {
  let n = nameLetters.get(name);
  if (n === undefined) {
    n = letters(name);
    nameLetters.set(name, n);
  }
  return n;
}

/**
 * sharedPieces of texts already reduced to their letters. A run is grown one character at a time
 * while the text still holds it: a text without a run holds no longer run that starts with it.
 */
function piecesOf(n: string, t: string): string[] {
  const pieces: string[] = [];
  let i = 0;
  while (i < n.length) {
    let length = 0;
    while (i + length + 1 <= n.length && t.includes(n.slice(i, i + length + 1))) length += 1;
    if (length < 2) i += 1;
    else {
      pieces.push(n.slice(i, i + length));
      i += length;
    }
  }
  return pieces;
}

/**
 * The pieces of `name` printed in `text`: left to right, at each place the longest run of two or
 * more characters of the name that the text holds. One shared character (的, 量) says nothing;
 * `水泥产量` printed whole says a lot.
 */
export function sharedPieces(name: string, text: string): string[] {
  return piecesOf(lettersOfName(name), text);
}

/** The words around a figure: its clause (between commas) and its sentence. */
export type IndicatorContext = { clause: string; sentence: string };

/** The clause and sentence of `text` around the span (a figure's asPrinted or its quote). */
export function contextAround(text: string, start: number, end: number): IndicatorContext {
  const clause = spanAround(text, start, end, CLAUSE_BREAKS);
  const sentence = spanAround(text, start, end, SENTENCE_BREAKS);
  return {
    clause: text.slice(clause.start, clause.end),
    sentence: text.slice(sentence.start, sentence.end),
  };
}

export type ScoredIndicator = {
  indicator: IndicatorEntry;
  /** Characters of its Chinese name the clause prints, in telling pieces (see scoreIndicator). */
  clause: number;
  /** The same over the whole sentence. */
  sentence: number;
  /** The telling pieces the sentence prints, for the note. */
  pieces: string[];
  /** The sentence prints more than half of the name. */
  strong: boolean;
};

const covered = (pieces: readonly string[]): number => pieces.reduce((n, p) => n + p.length, 0);

/**
 * How much of the indicator's Chinese name the figure's words print, in pieces of two or more
 * characters. A piece inside the name of the indicator's sector (水泥 for cement) tells nothing:
 * every indicator of the sector is about it, so 水泥出口量 does not name 水泥产量.
 */
export function scoreIndicator(
  indicator: IndicatorEntry,
  context: IndicatorContext,
  vocabulary: Pick<Vocabulary, 'sectors'>,
): ScoredIndicator {
  const name = lettersOfName(indicator.name.zh);
  const sectorName = lettersOfName(
    vocabulary.sectors.find((s) => s.id === indicator.sector)?.name.zh ?? '',
  );
  const telling = (text: string) => piecesOf(name, text).filter((p) => !sectorName.includes(p));
  const pieces = telling(context.sentence);
  const inSentence = covered(pieces);
  return {
    indicator,
    // The clause is part of the sentence: what the sentence does not print, it does not either.
    clause: inSentence === 0 ? 0 : covered(telling(context.clause)),
    sentence: inSentence,
    pieces,
    strong: inSentence * 2 > name.length,
  };
}

/**
 * The indicators best first: most of the name in the figure's own clause (the clause of 97% names
 * 网络攻击的准确率, the next one's only 准确率), then in its sentence (获贷款1000余万元 names its
 * loans only in the clause before: “电力贷”), then vocabulary order.
 */
export function rankIndicators(
  indicators: readonly IndicatorEntry[],
  context: IndicatorContext,
  vocabulary: Pick<Vocabulary, 'sectors'>,
): ScoredIndicator[] {
  if (indicators.length === 0) return [];
  return indicators
    .map((indicator, order) => ({ scored: scoreIndicator(indicator, context, vocabulary), order }))
    .sort(
      (a, b) =>
        b.scored.clause - a.scored.clause ||
        b.scored.sentence - a.scored.sentence ||
        a.order - b.order,
    )
    .map((x) => x.scored);
}

/** The fewest characters of its name a figure's sentence must print to pick an indicator alone. */
const ALONE_MIN = 3;

/**
 * The indicator to draft a figure with, or null to propose a new one. The best of the ranking is
 * taken when its sentence prints more than half of its name, or when it is the only indicator
 * that fits whose name the sentence prints at all, with three characters or more (获贷款1000余万元
 * after “电力贷”: the loans, not the costs saved). Two shared characters (粗钢产量 and 水泥产量)
 * are not enough: a figure whose words hardly name an indicator is more likely a new one.
 */
export function chooseIndicator(ranked: readonly ScoredIndicator[]): ScoredIndicator | null {
  const best = ranked[0];
  if (!best) return null;
  if (best.strong) return best;
  const named = ranked.filter((r) => r.sentence > 0);
  return named.length === 1 && named[0] === best && best.sentence >= ALONE_MIN ? best : null;
}

/** The measures a group of figures may share an indicator with: changes, not price adjustments. */
export function joinsAsChange(vocabulary: Pick<Vocabulary, 'measures'>, measure: string): boolean {
  return (
    measure !== 'adjustment' &&
    vocabulary.measures.some((m) => m.id === measure && m.kind === 'change')
  );
}

/**
 * A new indicator for figures that fit none, shaped as an entry of indicators.json: its point is
 * the first figure that is not a change (else a level, or a rate for changes in percentage
 * points), its changes the other figures' measures.
 */
export function proposeIndicator(
  vocabulary: Pick<Vocabulary, 'measures'>,
  figures: readonly (FigureShape & { zh: string })[],
  entry: { id: string; sector: string; en: string },
): ProposedIndicator {
  const point = figures.find((f) => !joinsAsChange(vocabulary, f.measure));
  let measure: string;
  let unit: string;
  if (point) {
    measure = point.measure;
    unit = point.unit;
  } else if (figures.every((f) => f.unit === 'percentage-point')) {
    measure = 'rate';
    unit = 'percent';
  } else {
    measure = 'level';
    unit =
      figures.find((f) => !RELATIVE_UNITS.includes(f.unit) && f.unit !== 'multiple')?.unit ??
      TODO_UNIT;
  }
  const changes = [...new Set(figures.map((f) => f.measure).filter((m) => m !== measure))];
  const zh = (point ?? figures[0])?.zh ?? '';
  return {
    id: entry.id,
    name: { zh, en: entry.en },
    sector: entry.sector,
    unit,
    measure,
    ...(changes.length > 0 ? { changes } : {}),
  };
}

/**
 * The words of a drafted name that name the indicator: the clause without the number as printed
 * (`全市新材料产业实现产值420亿元` → `全市新材料产业实现产值`).
 */
export function indicatorNameOf(name: string, asPrinted: string): string {
  const without = name
    .replace(asPrinted, '')
    .replace(/[（(][^）)]*[）)]$/u, '')
    .replace(/(?:已达|达到|达|为|约|共|累计|同比|环比|的)+$/u, '')
    .trim();
  return without === '' ? name : without;
}

/** `<sector>-new-indicator-<n>`, the first n from `from` that no indicator or proposal uses. */
export function proposedIndicatorId(
  taken: ReadonlySet<string>,
  sector: string | undefined,
  from = 1,
): string {
  const prefix = sector ? `${sector}-new-indicator` : 'new-indicator';
  let n = from;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}
