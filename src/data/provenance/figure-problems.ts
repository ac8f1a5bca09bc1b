import type { DashboardEvent, Figure, Range, Sector } from '../schema.ts';
import {
  ExpressionError,
  evaluateExpression,
  expressionVariables,
  parseExpression,
} from '../expression.ts';
import { formatJsonPath } from '../load.ts';
import {
  parsePrintedNumber,
  parseQualifier,
  printedUnit,
  readDirectionBefore,
  sameValue,
  stripWhitespace,
} from '../numbers.ts';
import { show, type Problem } from './problem.ts';

/**
 * Provenance of one figure or event: its quote occurs in its article, asPrinted in its quote, its
 * value, qualifier and unit agree with what is printed, its references resolve and a derived
 * value reproduces its formula.
 */

/** Derived values must reproduce their formula to this relative precision. */
export const DERIVED_TOLERANCE = 1e-9;

function showValue(value: number | Range): string {
  return typeof value === 'number' ? String(value) : `{ min: ${value.min}, max: ${value.max} }`;
}

export type ArticleInfo = {
  file: string;
  textFile: string;
  sector: Sector | undefined;
  text: string | undefined;
};

export type Located<T> = { file: string; path: PropertyKey[]; item: T };

function closeEnough(actual: number, expected: number): boolean {
  if (actual === expected) return true;
  return (
    Math.abs(actual - expected) <=
    DERIVED_TOLERANCE * Math.max(Math.abs(actual), Math.abs(expected))
  );
}

/** Where a quote stops matching its article, for a message that points at the typo. */
function divergence(quote: string, text: string): string {
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return `not even its first character "${quote.slice(0, 1)}" occurs`;
  const matched = quote.slice(Math.max(0, low - 12), low);
  const rest = quote.slice(low, low + 12);
  return `it matches the article up to "${low > 12 ? '…' : ''}${matched}" and then differs at "${rest}${quote.length > low + 12 ? '…' : ''}"`;
}

export type Registry = {
  /** Every figure and event id with the file it is in, whether or not the item passes the schema. */
  figureIds: Map<string, string>;
  eventIds: Map<string, string>;
  /** Figures that pass the schema, for evaluating formulas. */
  figures: Map<string, Figure>;
};

function articleLabel(id: string, article: ArticleInfo): string {
  return `article "${id}" (${article.textFile})`;
}

export function missingArticle(id: string, articles: Map<string, ArticleInfo>): string {
  const known = [...articles.keys()];
  return `no article "${id}" among the seeds (known: ${known.length > 0 ? known.join(', ') : 'none'})`;
}

/** Quote, asPrinted and sector checks shared by figures and events. */
export function sourceProblems(
  located: Located<Figure | DashboardEvent>,
  articles: Map<string, ArticleInfo>,
): Problem[] {
  const { file, path, item } = located;
  const problems: Problem[] = [];
  const at = (...rest: PropertyKey[]): string => formatJsonPath([...path, ...rest]);
  const source = item.source;
  if (!source) return problems;
  const article = articles.get(source.article);
  if (!article) {
    problems.push({
      file,
      path: at('source', 'article'),
      message: missingArticle(source.article, articles),
    });
  } else {
    if (article.sector !== undefined && article.sector !== item.sector) {
      problems.push({
        file,
        path: at('sector'),
        message: `sector "${item.sector}" differs from its article "${source.article}", whose sector is "${article.sector}"`,
      });
    }
    const quote = stripWhitespace(source.quote);
    if (article.text !== undefined && !article.text.includes(quote)) {
      problems.push({
        file,
        path: at('source', 'quote'),
        message: `quote not found in ${articleLabel(source.article, article)}: ${divergence(quote, article.text)}`,
      });
    }
  }
  if (
    item.asPrinted !== undefined &&
    !stripWhitespace(source.quote).includes(stripWhitespace(item.asPrinted))
  ) {
    problems.push({
      file,
      path: at('asPrinted'),
      message: `asPrinted ${JSON.stringify(item.asPrinted)} does not occur in its quote ${show(source.quote)}`,
    });
  }
  return problems;
}

/** Value, qualifier and unit against what the article prints. */
function printedValueProblems(located: Located<Figure>): Problem[] {
  const { file, path, item } = located;
  const at = (...rest: PropertyKey[]): string => formatJsonPath([...path, ...rest]);
  const problems: Problem[] = [];
  const asPrinted = item.asPrinted;
  if (asPrinted === undefined || item.derived) return problems;
  const quote = stripWhitespace(item.source?.quote ?? '');
  const offset = quote.indexOf(stripWhitespace(asPrinted));
  // `下降 2.4%` may be curated as asPrinted "2.4%", a list's `3.4%` shares its first item's verb,
  // and `收窄0.8个百分点` is a rise after 降幅: the quote before asPrinted decides the sign.
  const before = offset > 0 ? quote.slice(0, offset) : '';
  const printed = parsePrintedNumber(asPrinted, before);
  if (printed === null) {
    problems.push({
      file,
      path: at('asPrinted'),
      message: `cannot read one figure from asPrinted ${JSON.stringify(asPrinted)}; give the figure exactly as printed, e.g. "9.53 亿吨"`,
    });
  } else if (!sameValue(item.value, printed)) {
    const alone = parsePrintedNumber(asPrinted);
    const word = readDirectionBefore(before)?.text ?? '';
    const context =
      alone === null || sameValue(alone, printed)
        ? ''
        : word === ''
          ? ' read with the words before it in the quote'
          : ` after "${word}" in the quote`;
    problems.push({
      file,
      path: at('value'),
      message: `value ${showValue(item.value)} disagrees with asPrinted ${JSON.stringify(asPrinted)}${context} = ${showValue(printed)}`,
    });
  }
  const qualifier = parseQualifier(asPrinted);
  if (qualifier !== 'exact' && qualifier !== item.qualifier) {
    problems.push({
      file,
      path: at('qualifier'),
      message: `qualifier "${item.qualifier}" disagrees with asPrinted ${JSON.stringify(asPrinted)}, which says "${qualifier}"`,
    });
  }
  const unit = printedUnit(asPrinted);
  if (unit !== null && unit !== item.unit) {
    problems.push({
      file,
      path: at('unit'),
      message: `unit "${item.unit}" disagrees with asPrinted ${JSON.stringify(asPrinted)}, which is in ${unit}`,
    });
  }
  return problems;
}

function referenceProblem(
  file: string,
  path: string,
  field: string,
  id: string,
  self: string,
  registry: Registry,
): Problem | undefined {
  if (id === self) return { file, path, message: `${field} names the figure itself` };
  if (registry.figureIds.has(id)) return undefined;
  const eventFile = registry.eventIds.get(id);
  if (eventFile !== undefined) {
    return {
      file,
      path,
      message: `${field} "${id}" is an event (${eventFile}); it must name a figure`,
    };
  }
  return { file, path, message: `${field} "${id}" does not match any figure id` };
}

function derivationProblems(located: Located<Figure>, registry: Registry): Problem[] {
  const { file, path, item } = located;
  const derived = item.derived;
  if (!derived) return [];
  const at = (...rest: PropertyKey[]): string => formatJsonPath([...path, ...rest]);
  const problems: Problem[] = [];
  const inputs: Figure[] = [];
  derived.inputs.forEach((id, k) => {
    const problem = referenceProblem(
      file,
      at('derived', 'inputs', k),
      'input',
      id,
      item.id,
      registry,
    );
    const input = registry.figures.get(id);
    if (problem) problems.push(problem);
    // An input that fails the schema has its own problem; its value cannot be trusted here.
    else if (input) inputs.push(input);
  });

  let expression;
  try {
    expression = parseExpression(derived.formula);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    problems.push({
      file,
      path: at('derived', 'formula'),
      message: `cannot parse formula ${JSON.stringify(derived.formula)}: ${error.message}`,
    });
    return problems;
  }
  const used = expressionVariables(expression);
  for (const name of used.filter((n) => !derived.inputs.includes(n))) {
    problems.push({
      file,
      path: at('derived', 'formula'),
      message: `formula uses "${name}", which is not listed in derived.inputs`,
    });
  }
  derived.inputs.forEach((id, k) => {
    if (!used.includes(id)) {
      problems.push({
        file,
        path: at('derived', 'inputs', k),
        message: `input "${id}" is not used in the formula ${JSON.stringify(derived.formula)}`,
      });
    }
  });
  if (problems.length > 0 || inputs.length !== derived.inputs.length) return problems;

  // A range input is evaluated at its low and at its high end.
  const ends = (pick: 'min' | 'max'): Record<string, number> =>
    Object.fromEntries(
      inputs.map((f) => [f.id, typeof f.value === 'number' ? f.value : f.value[pick]]),
    );
  try {
    const low = evaluateExpression(expression, ends('min'));
    const high = evaluateExpression(expression, ends('max'));
    const computed: number | Range =
      low === high ? low : { min: Math.min(low, high), max: Math.max(low, high) };
    const value = item.value;
    const agrees =
      typeof value === 'number'
        ? typeof computed === 'number' && closeEnough(value, computed)
        : typeof computed === 'number'
          ? closeEnough(value.min, computed) && closeEnough(value.max, computed)
          : closeEnough(value.min, computed.min) && closeEnough(value.max, computed.max);
    if (!agrees) {
      problems.push({
        file,
        path: at('value'),
        message: `value ${showValue(value)} disagrees with its formula ${JSON.stringify(derived.formula)} = ${showValue(computed)}`,
      });
    }
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    problems.push({
      file,
      path: at('derived', 'formula'),
      message: `cannot evaluate formula ${JSON.stringify(derived.formula)}: ${error.message}`,
    });
  }
  return problems;
}

export function figureProblems(
  located: Located<Figure>,
  registry: Registry,
  articles: Map<string, ArticleInfo>,
  datasetArticle: string | undefined,
): Problem[] {
  const { file, path, item } = located;
  const at = (...rest: PropertyKey[]): string => formatJsonPath([...path, ...rest]);
  const problems: Problem[] = [];
  if (typeof item.value !== 'number' && item.value.min > item.value.max) {
    problems.push({
      file,
      path: at('value'),
      message: `range min ${item.value.min} is greater than max ${item.value.max}`,
    });
  }
  problems.push(...sourceProblems(located, articles));
  if (!item.source && datasetArticle !== undefined) {
    const sector = articles.get(datasetArticle)?.sector;
    if (sector !== undefined && sector !== item.sector) {
      problems.push({
        file,
        path: at('sector'),
        message: `sector "${item.sector}" differs from the data file's article "${datasetArticle}", whose sector is "${sector}"`,
      });
    }
  }
  problems.push(...printedValueProblems(located));
  for (const field of ['changeOf', 'reference'] as const) {
    const id = item[field];
    if (id === undefined) continue;
    const problem = referenceProblem(file, at(field), field, id, item.id, registry);
    if (problem) problems.push(problem);
  }
  problems.push(...derivationProblems(located, registry));
  return problems;
}
