import { parsePrintedNumber, parseQualifier, printedUnit } from '../../data/numbers';
import { checkDatasets } from '../../data/provenance/check';
import type { Problem } from '../../data/provenance/problem';
import type { IndicatorEntry, Vocabulary } from '../../data/vocabulary';
import { toJsonText } from '../../curate/draft';
import {
  chooseIndicator,
  contextAround,
  fittingIndicators,
  indicatorNameOf,
  joinsAsChange,
  proposedIndicatorId,
  proposeIndicator,
  rankIndicators,
  type IndicatorContext,
  type ProposedIndicator,
  type ScoredIndicator,
} from '../../curate/indicators';
import { evaluateExpression, expressionVariables, parseExpression } from '../../data/expression';
import { CLAUSE_BREAKS, spanAround } from '../../curate/text';

/**
 * The studio's pure model: one article under review (its text, its figures as JSON, the sidecar),
 * which figures a person has marked reviewed, and an undo history. Every edit makes a new session;
 * the checks are check:data's own, run on the session as it stands.
 */

import type { FileKind } from './studio-files';

/** A figure as edited: the data file's JSON, which may be invalid while a person works on it. */
export type EditedFigure = Record<string, unknown> & { id: string };

export type Session = {
  id: string;
  /** seeds/<id>.txt: paragraphs, one a line. */
  text: string;
  /** data/<id>.json as an object; its `figures` are EditedFigure[]. */
  dataset: Record<string, unknown> & { figures: EditedFigure[] };
  /** seeds/<id>.json as an object. */
  sidecar: Record<string, unknown>;
  /** The hash of each file when it was opened (`absent` for a file that did not exist). */
  base: Record<FileKind, string>;
  reviewed: string[];
  selected: string | null;
};

export type History = { past: Session[]; present: Session; future: Session[] };

/** Undo keeps this many steps. */
const HISTORY_LIMIT = 200;

export function startHistory(session: Session): History {
  return { past: [], present: session, future: [] };
}

/** Applies an edit as one undoable step. */
export function edit(history: History, change: (s: Session) => Session): History {
  const next = change(history.present);
  if (next === history.present) return history;
  return {
    past: [...history.past, history.present].slice(-HISTORY_LIMIT),
    present: next,
    future: [],
  };
}

/** Selection is not an edit: it moves without touching the history. */
export function select(history: History, id: string | null): History {
  return { ...history, present: { ...history.present, selected: id } };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

export function redo(history: History): History {
  const next = history.future[0];
  if (!next) return history;
  return {
    past: [...history.past, history.present],
    present: next,
    future: history.future.slice(1),
  };
}

export function updateFigure(
  session: Session,
  id: string,
  patch: Record<string, unknown>,
): Session {
  const figures = session.dataset.figures.map((f) => (f.id === id ? { ...f, ...patch } : f));
  // A changed figure needs a fresh look: it is no longer reviewed.
  return {
    ...session,
    dataset: { ...session.dataset, figures },
    reviewed: session.reviewed.filter((r) => r !== id),
  };
}

/** Renames a figure and keeps it selected and reviewed as it was. */
export function renameFigure(session: Session, from: string, to: string): Session {
  const figures = session.dataset.figures.map((f) => (f.id === from ? { ...f, id: to } : f));
  return {
    ...session,
    dataset: { ...session.dataset, figures },
    reviewed: session.reviewed.map((r) => (r === from ? to : r)),
    selected: session.selected === from ? to : session.selected,
  };
}

export function deleteFigure(session: Session, id: string): Session {
  return {
    ...session,
    dataset: { ...session.dataset, figures: session.dataset.figures.filter((f) => f.id !== id) },
    reviewed: session.reviewed.filter((r) => r !== id),
    selected: session.selected === id ? null : session.selected,
  };
}

export function setReviewed(session: Session, id: string, reviewed: boolean): Session {
  const others = session.reviewed.filter((r) => r !== id);
  return { ...session, reviewed: reviewed ? [...others, id] : others };
}

/** The clause of the text around a selection, as the drafter quotes (commas and stops). */
export function clauseAround(text: string, start: number, end: number): string {
  const span = spanAround(text, start, end, CLAUSE_BREAKS);
  return text.slice(span.start, span.end).trim();
}

/** A figure id not yet used in the session: `<prefix>.figure-<n>`. */
export function freshId(session: Session): string {
  const first = session.dataset.figures[0]?.id;
  const prefix = first?.includes('.') ? first.slice(0, first.lastIndexOf('.')) : session.id;
  const used = new Set(session.dataset.figures.map((f) => f.id));
  let n = session.dataset.figures.length + 1;
  while (used.has(`${prefix}.figure-${n}`)) n += 1;
  return `${prefix}.figure-${n}`;
}

/**
 * A figure a person adds by selecting its number in the text: its value, qualifier and (where the
 * words fix it) unit read from the selection, its quote the clause around it.
 */
export function figureFromSelection(
  session: Session,
  selection: { text: string; start: number; end: number },
  vocabulary?: Vocabulary,
): EditedFigure {
  const quote = clauseAround(session.text, selection.start, selection.end);
  const before = session.text.slice(Math.max(0, selection.start - 240), selection.start);
  const value = parsePrintedNumber(selection.text, before);
  const template = session.dataset.figures[0];
  const figure: EditedFigure = {
    id: freshId(session),
    indicator: '',
    sector: (session.sidecar.sector as string | undefined) ?? template?.sector ?? '',
    name: { zh: quote, en: '' },
    measure: 'level',
    value: value ?? 0,
    unit: printedUnit(selection.text) ?? '',
    qualifier: parseQualifier(selection.text),
    period: template?.period ?? { kind: 'year', year: new Date().getFullYear() },
    region: template?.region ?? 'china',
    asPrinted: selection.text,
    source: { article: session.id, quote, gistEn: '' },
  };
  // The indicator the drafter would choose, when one fits and is named; else the person picks.
  const suggested = vocabulary ? indicatorOptions(session, figure, vocabulary).suggested : null;
  return suggested ? { ...figure, indicator: suggested.indicator.id } : figure;
}

function isProposal(value: unknown): value is ProposedIndicator {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.name === 'object' && v.name !== null;
}

/** Indicators proposed in this session (by the drafter or a person), not yet in the vocabulary. */
export function proposedIndicators(session: Session): ProposedIndicator[] {
  const list = session.dataset.proposedIndicators;
  return Array.isArray(list) ? list.filter(isProposal) : [];
}

/** The session with these proposals; none left removes the field. */
function withProposals(session: Session, proposals: readonly ProposedIndicator[]): Session {
  const dataset: Session['dataset'] = { ...session.dataset };
  if (proposals.length > 0) dataset.proposedIndicators = [...proposals];
  else delete dataset.proposedIndicators;
  return { ...session, dataset };
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The words an indicator is matched on: the figure's Chinese name and the clause and sentence of
 * the article around its quote (the drafter's context, plus what the person has written).
 */
export function figureContext(session: Session, figure: EditedFigure): IndicatorContext {
  const name = textOf((figure.name as { zh?: unknown } | undefined)?.zh);
  const quote = textOf((figure.source as { quote?: unknown } | undefined)?.quote);
  const at = quote === '' ? -1 : session.text.indexOf(quote);
  if (at < 0) return { clause: `${name}，${quote}`, sentence: `${name}，${quote}` };
  const around = contextAround(session.text, at, at + quote.length);
  return { clause: `${name}，${around.clause}`, sentence: `${name}，${around.sentence}` };
}

export type IndicatorOptions = {
  /** The sector's indicators that fit the figure's measure and unit, best match first. */
  fitting: ScoredIndicator[];
  /** The one the drafter would choose, if any (see chooseIndicator). */
  suggested: ScoredIndicator | null;
  /** The sector's other indicators. */
  others: IndicatorEntry[];
  /** This session's proposals that a figure names. */
  proposed: ProposedIndicator[];
};

/** What the Indicator field offers for a figure. */
export function indicatorOptions(
  session: Session,
  figure: EditedFigure,
  vocabulary: Vocabulary,
): IndicatorOptions {
  const sector = textOf(figure.sector);
  const shape = { measure: textOf(figure.measure), unit: textOf(figure.unit) };
  const fitting = rankIndicators(
    fittingIndicators(vocabulary, [shape], sector),
    figureContext(session, figure),
    vocabulary,
  );
  const fits = new Set(fitting.map((f) => f.indicator.id));
  const known = vocabulary.sectors.some((s) => s.id === sector);
  return {
    fitting,
    suggested: chooseIndicator(fitting),
    others: vocabulary.indicators.filter((i) => !fits.has(i.id) && (!known || i.sector === sector)),
    // As saved: a proposal no figure names any more is gone.
    proposed: proposedIndicators(session).filter((p) =>
      session.dataset.figures.some((f) => f.indicator === p.id),
    ),
  };
}

/**
 * "New indicator…": a proposal made from the figure as the drafter makes one (its measure and
 * unit, its name without the number), which the figure then names.
 */
export function proposeIndicatorFor(
  session: Session,
  figureId: string,
  vocabulary: Vocabulary,
): Session {
  const figure = session.dataset.figures.find((f) => f.id === figureId);
  if (!figure) return session;
  const proposals = proposedIndicators(session);
  const taken = new Set([...vocabulary.indicators, ...proposals].map((i) => i.id));
  const sector = textOf(figure.sector);
  const known = vocabulary.sectors.some((s) => s.id === sector);
  const id = proposedIndicatorId(taken, known ? sector : undefined);
  const name = textOf((figure.name as { zh?: unknown } | undefined)?.zh);
  const proposal = proposeIndicator(
    vocabulary,
    [
      {
        measure: textOf(figure.measure),
        unit: textOf(figure.unit),
        zh: indicatorNameOf(name, textOf(figure.asPrinted)),
      },
    ],
    { id, sector, en: '' },
  );
  return updateFigure(withProposals(session, [...proposals, proposal]), figureId, {
    indicator: id,
  });
}

/** What a curator fills in before a proposal goes to the vocabulary. */
export type IndicatorFields = { id: string; zh: string; en: string; unit: string; measure: string };

/**
 * The entry of data/vocabulary/indicators.json a proposal becomes: the curator's fields, the
 * proposal's sector, and as changes the measures of the figures that name it (other than its own
 * measure), so every figure that names it fits it.
 */
export function indicatorEntryFor(
  session: Session,
  proposal: ProposedIndicator,
  fields: IndicatorFields,
  vocabulary: Vocabulary,
): IndicatorEntry {
  const changes = [
    ...new Set(
      session.dataset.figures
        .filter((f) => f.indicator === proposal.id)
        .map((f) => textOf(f.measure))
        .filter((m) => m !== fields.measure && joinsAsChange(vocabulary, m)),
    ),
  ];
  return {
    id: fields.id,
    name: { zh: fields.zh, en: fields.en },
    sector: proposal.sector,
    unit: fields.unit,
    measure: fields.measure,
    ...(changes.length > 0 ? { changes } : {}),
  };
}

/**
 * A proposal has been added to the vocabulary as `id`: it leaves the session, and the figures
 * that named it name the new entry (still reviewed as they were: only the id changed).
 */
export function adoptIndicator(session: Session, proposalId: string, id: string): Session {
  const figures = session.dataset.figures.map((f) =>
    f.indicator === proposalId ? { ...f, indicator: id } : f,
  );
  const rest = proposedIndicators(session).filter((p) => p.id !== proposalId);
  return withProposals({ ...session, dataset: { ...session.dataset, figures } }, rest);
}

export function addFigure(session: Session, figure: EditedFigure): Session {
  return {
    ...session,
    dataset: { ...session.dataset, figures: [...session.dataset.figures, figure] },
    selected: figure.id,
  };
}

/**
 * The dataset as it will be saved: no draft mark, and no proposed indicator that no figure names
 * any more (one a person replaced by an existing indicator). Proposals still named stay, and
 * check:data refuses them until they are added to the vocabulary.
 */
export function savedDataset(session: Session): Record<string, unknown> {
  const named = new Set(session.dataset.figures.map((f) => f.indicator));
  const proposals = proposedIndicators(session).filter((p) => named.has(p.id));
  const rest: Record<string, unknown> = withProposals(session, proposals).dataset;
  delete rest.draft;
  return rest;
}

/**
 * check:data's problems for the session, from the same code, minus the draft mark it drops on
 * save. With the other articles' data files, ids must be unique across them and references to
 * their figures resolve; only this article's problems are returned. The session's proposed
 * indicators count as indicators meanwhile, so a figure that names one is checked in full (its
 * quote, its value, its fit to the proposal); `proposedIndicators` itself stays a problem until
 * each is in the vocabulary.
 */
export function checkSession(
  session: Session,
  vocabulary: Vocabulary,
  others: readonly { file: string; json: unknown }[] = [],
): Problem[] {
  const own = new Set([`data/${session.id}.json`, `seeds/${session.id}.json`]);
  const known = new Set(vocabulary.indicators.map((i) => i.id));
  const provisional = proposedIndicators(session).filter((p) => !known.has(p.id));
  return checkDatasets({
    // Others first: a duplicate id is reported where it is used second, so in this article.
    datasets: [...others, { file: `data/${session.id}.json`, json: savedDataset(session) }],
    articles: [{ file: `seeds/${session.id}.json`, json: session.sidecar }],
    articleTexts: { [session.id]: session.text },
    vocabulary: { ...vocabulary, indicators: [...vocabulary.indicators, ...provisional] },
  }).filter((p) => own.has(p.file));
}

const FIGURE_PATH = /^figures\[(\d+)\](?:\.(.+))?$/u;

/** A problem's figure (by id) and field (`value`, `source.quote`…), when it is about one. */
export function problemTarget(
  session: Session,
  problem: Problem,
): { figure: string; field: string } | null {
  const m = FIGURE_PATH.exec(problem.path);
  if (!m) return null;
  const figure = session.dataset.figures[Number(m[1])];
  return figure ? { figure: figure.id, field: m[2] ?? '' } : null;
}

/** What keeps the session from being saved: problems, and figures nobody has reviewed. */
export function saveBlockers(session: Session, problems: readonly Problem[]) {
  const reviewed = new Set(session.reviewed);
  return {
    problems: problems.length,
    unreviewed: session.dataset.figures.filter((f) => !reviewed.has(f.id)).map((f) => f.id),
  };
}

/** The three files' text, laid out as npm run format would. */
export function fileTexts(session: Session): Record<FileKind, string> {
  return {
    data: toJsonText(savedDataset(session)),
    text: session.text.endsWith('\n') ? session.text : `${session.text}\n`,
    sidecar: toJsonText(session.sidecar),
  };
}

/** The value a formula over the session's figures gives, and the figures it uses; or why not. */
export function computeFormula(
  session: Session,
  formula: string,
): { value: number; inputs: string[] } | { error: string } {
  try {
    const expression = parseExpression(formula);
    const inputs = expressionVariables(expression);
    const values: Record<string, number> = {};
    for (const f of session.dataset.figures) {
      if (typeof f.value === 'number') values[f.id] = f.value;
    }
    return { value: evaluateExpression(expression, values), inputs };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export type DerivedFields = {
  id: string;
  name: { zh: string; en: string };
  formula: string;
  unit: string;
  measure: string;
};

/**
 * A figure computed from printed ones: its value from the formula, its period, region and sector
 * from its first input, no quote (check:data checks the formula instead).
 */
export function derivedFigure(
  session: Session,
  fields: DerivedFields,
): EditedFigure | { error: string } {
  const computed = computeFormula(session, fields.formula);
  if ('error' in computed) return computed;
  const first = session.dataset.figures.find((f) => f.id === computed.inputs[0]);
  return {
    id: fields.id,
    // Computed from a figure of an indicator, it is usually another point of it (a year earlier).
    indicator: first?.indicator ?? '',
    sector: first?.sector ?? session.sidecar.sector ?? '',
    name: fields.name,
    measure: fields.measure,
    value: computed.value,
    unit: fields.unit,
    qualifier: 'exact',
    period: first?.period ?? {},
    region: first?.region ?? 'china',
    derived: { formula: fields.formula, inputs: computed.inputs },
  };
}

export type EditedEvent = Record<string, unknown> & { id: string };

function eventsOf(session: Session): EditedEvent[] {
  const events = session.dataset.events;
  return Array.isArray(events) ? (events as EditedEvent[]) : [];
}

export function addEvent(
  session: Session,
  selection: { text: string; start: number; end: number },
): Session {
  const events = eventsOf(session);
  const prefix = session.dataset.figures[0]?.id.split('.')[0] ?? session.id;
  const used = new Set(events.map((e) => e.id));
  let n = events.length + 1;
  while (used.has(`${prefix}.event-${n}`)) n += 1;
  const quote = clauseAround(session.text, selection.start, selection.end);
  const event: EditedEvent = {
    id: `${prefix}.event-${n}`,
    sector: (session.sidecar.sector as string | undefined) ?? '',
    kind: 'policy',
    date: '',
    name: { zh: quote, en: '' },
    asPrinted: selection.text,
    source: { article: session.id, quote, gistEn: '' },
  };
  return { ...session, dataset: { ...session.dataset, events: [...events, event] } };
}

export function updateEvent(session: Session, id: string, patch: Record<string, unknown>): Session {
  const events = eventsOf(session).map((e) => (e.id === id ? { ...e, ...patch } : e));
  return { ...session, dataset: { ...session.dataset, events } };
}

export function deleteEvent(session: Session, id: string): Session {
  const events = eventsOf(session).filter((e) => e.id !== id);
  return { ...session, dataset: { ...session.dataset, events } };
}

export { eventsOf };
