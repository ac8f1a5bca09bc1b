import type { z } from 'zod';
import {
  articleSchema,
  datasetSchema,
  eventSchema,
  figureSchema,
  type DashboardEvent,
  type Figure,
  type Range,
  type Sector,
  SECTORS,
} from './schema.ts';
import {
  ExpressionError,
  evaluateExpression,
  expressionVariables,
  parseExpression,
} from './expression.ts';
import {
  parsePrintedNumber,
  parseQualifier,
  printedUnit,
  readDirectionBefore,
  stripWhitespace,
} from './numbers.ts';
import { formatJsonPath } from './load.ts';

/**
 * Provenance checks over already-loaded data files and seeds (no file system here, so tests
 * and the `check:data` CLI share them). Every problem is collected; nothing stops at the first.
 */

/** One thing wrong in one file; `path` is a JSON path such as `figures[3].source.quote`, `$` for the root. */
export type Problem = { file: string; path: string; message: string };

/** A file as read from disk: its path for messages and its parsed JSON. */
export type LoadedJson = { file: string; json: unknown };

export type CheckInput = {
  /** data/<article-id>.json */
  datasets: LoadedJson[];
  /** seeds/<article-id>.json */
  articles: LoadedJson[];
  /** seeds/<article-id>.txt, by article id */
  articleTexts: Record<string, string>;
};

export const DATASET_SCHEMA_REF = '../schemas/dataset.schema.json';
export const ARTICLE_SCHEMA_REF = '../schemas/article.schema.json';

export const DRAFT_MESSAGE =
  'this file was drafted by npm run curate; review every figure\'s value, unit, quote, period, region and names against the article, then delete "draft": true';

/** Derived values must reproduce their formula to this relative precision. */
export const DERIVED_TOLERANCE = 1e-9;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lookup(root: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let current: unknown = root;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') {
      if (segment >= current.length) return { present: false, value: undefined };
      current = current[segment];
    } else if (
      isRecord(current) &&
      typeof segment === 'string' &&
      Object.hasOwn(current, segment)
    ) {
      current = current[segment];
    } else {
      return { present: false, value: undefined };
    }
  }
  return { present: current !== undefined, value: current };
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  }
  return String(value);
}

function showValue(value: number | Range): string {
  return typeof value === 'number' ? String(value) : `{ min: ${value.min}, max: ${value.max} }`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

type Issue = z.core.$ZodIssue;

/** What the issue's schema wanted, for "expected X or Y" in union messages. */
function expectation(issue: Issue): string | undefined {
  if (issue.code === 'invalid_type') return TYPE_NAMES[issue.expected] ?? issue.expected;
  if (issue.code === 'invalid_value') return issue.values.map((v) => String(v)).join(' or ');
  return undefined;
}

function describeIssue(
  issue: Issue,
  json: unknown,
  prefix: readonly PropertyKey[] = [],
): Problem[] {
  const path = [...prefix, ...issue.path];
  const { present, value } = lookup(json, path);
  const got = present ? ` but got ${show(value)}` : '';
  const one = (message: string): Problem[] => [{ file: '', path: formatJsonPath(path), message }];
  const wanted = (what: string): Problem[] =>
    one(present ? `expected ${what}${got}` : `missing: expected ${what}`);

  switch (issue.code) {
    case 'invalid_type':
      return wanted(TYPE_NAMES[issue.expected] ?? issue.expected);
    case 'invalid_value':
      return wanted(
        issue.values.length === 1
          ? JSON.stringify(issue.values[0])
          : `one of ${issue.values.map((v) => String(v)).join(', ')}`,
      );
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const atLeast = issue.code === 'too_small' ? 'at least' : 'at most';
      if (issue.origin === 'string' && issue.code === 'too_small' && Number(bound) === 1) {
        return one('must not be empty');
      }
      if (issue.origin === 'string') return one(`must have ${atLeast} ${bound} characters${got}`);
      if (issue.origin === 'array') {
        return one(`must have ${atLeast} ${bound} item${Number(bound) === 1 ? '' : 's'}`);
      }
      return one(`must be ${atLeast} ${bound}${got}`);
    }
    case 'invalid_format':
      return one(`${issue.message}${got}`);
    case 'invalid_union': {
      const options = 'options' in issue ? issue.options : undefined;
      if (issue.discriminator !== undefined && options) {
        return wanted(`one of ${options.map((o) => String(o)).join(', ')}`);
      }
      // A branch whose issues all lie deeper matched the shape: report those (`value.max: missing`).
      const deeper = issue.errors.find(
        (branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0),
      );
      if (deeper) return deeper.flatMap((inner) => describeIssue(inner, json, path));
      const branches = issue.errors
        .map((branch) => (branch.length === 1 && branch[0] ? expectation(branch[0]) : undefined))
        .filter((o): o is string => o !== undefined);
      if (branches.length === 0) return one(`${issue.message}${got}`);
      const labels = branches.map((o) =>
        o === 'an object' && path.at(-1) === 'value' ? 'a range { min, max }' : o,
      );
      return wanted(labels.join(' or '));
    }
    case 'custom':
      return one(issue.message.startsWith('expected') ? `${issue.message}${got}` : issue.message);
    default:
      return one(issue.message);
  }
}

/** Problems from validating `json` with a zod schema, with paths and messages for people. */
export function schemaProblems(file: string, schema: z.ZodType, json: unknown): Problem[] {
  const result = schema.safeParse(json);
  if (result.success) return [];
  return result.error.issues
    .flatMap((issue) => describeIssue(issue, json))
    .map((p) => ({ ...p, file }));
}

type SchemaNode = {
  def: {
    type: string;
    shape?: Record<string, SchemaNode>;
    innerType?: SchemaNode;
    element?: SchemaNode;
    options?: SchemaNode[];
    discriminator?: string;
    values?: unknown[];
    in?: SchemaNode;
  };
};

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] as number;
      row[j] = Math.min(
        above + 1,
        (row[j - 1] as number) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/**
 * zod drops fields it does not know, so a misspelt optional field (`chnageOf`, `Draft`) would
 * vanish silently; this walks the schema beside the data and reports such fields.
 */
function unknownFieldProblems(
  file: string,
  node: SchemaNode,
  value: unknown,
  path: PropertyKey[],
  allowed: readonly string[] = [],
): Problem[] {
  const def = node.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return def.innerType ? unknownFieldProblems(file, def.innerType, value, path) : [];
    case 'pipe':
      return def.in ? unknownFieldProblems(file, def.in, value, path) : [];
    case 'array':
      if (!Array.isArray(value) || !def.element) return [];
      return value.flatMap((item, i) =>
        unknownFieldProblems(file, def.element as SchemaNode, item, [...path, i]),
      );
    case 'union': {
      if (!isRecord(value)) return [];
      const options = (def.options ?? []).filter((o) => o.def.type === 'object');
      const discriminator = def.discriminator;
      const option = discriminator
        ? options.find((o) =>
            o.def.shape?.[discriminator]?.def.values?.includes(value[discriminator]),
          )
        : options[0];
      return option ? unknownFieldProblems(file, option, value, path) : [];
    }
    case 'object': {
      if (!isRecord(value) || !def.shape) return [];
      const shape = def.shape;
      const known = Object.keys(shape);
      return Object.entries(value).flatMap(([key, inner]) => {
        const child = shape[key];
        if (child) return unknownFieldProblems(file, child, inner, [...path, key]);
        if (allowed.includes(key)) return [];
        const near = known.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
        const hint = near ? `; did you mean "${near}"?` : `; known fields: ${known.join(', ')}`;
        return [
          { file, path: formatJsonPath([...path, key]), message: `unknown field "${key}"${hint}` },
        ];
      });
    }
    default:
      return [];
  }
}

function asNode(schema: z.ZodType): SchemaNode {
  return schema as unknown as SchemaNode;
}

type ArticleInfo = {
  file: string;
  textFile: string;
  sector: Sector | undefined;
  text: string | undefined;
};

type Located<T> = { file: string; path: PropertyKey[]; item: T };

function baseName(file: string): string {
  return (file.split(/[\\/]/u).pop() ?? file).replace(/\.[^.]*$/u, '');
}

function sameValue(a: number | Range, b: number | Range): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  return a.min === b.min && a.max === b.max;
}

function negate(value: number | Range): number | Range {
  return typeof value === 'number' ? -value : { min: -value.max, max: -value.min };
}

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

function checkArticles(input: CheckInput, problems: Problem[]): Map<string, ArticleInfo> {
  const articles = new Map<string, ArticleInfo>();
  for (const { file, json } of input.articles) {
    problems.push(...schemaProblems(file, articleSchema, json));
    problems.push(...unknownFieldProblems(file, asNode(articleSchema), json, [], ['$schema']));
    if (!isRecord(json)) continue;
    if (json.$schema !== undefined && json.$schema !== ARTICLE_SCHEMA_REF) {
      problems.push({
        file,
        path: '$schema',
        message: `expected ${JSON.stringify(ARTICLE_SCHEMA_REF)} but got ${show(json.$schema)}`,
      });
    }
    const id = json.id;
    if (typeof id !== 'string') continue;
    const textFile = file.replace(/\.json$/u, '.txt');
    if (baseName(file) !== id) {
      problems.push({
        file,
        path: 'id',
        message: `id "${id}" does not match the file name "${baseName(file)}.json"; a sidecar is named after its article`,
      });
    }
    if (articles.has(id)) {
      problems.push({
        file,
        path: 'id',
        message: `duplicate article id "${id}": first used in ${articles.get(id)?.file}`,
      });
      continue;
    }
    const text = Object.hasOwn(input.articleTexts, id) ? input.articleTexts[id] : undefined;
    if (text === undefined) {
      problems.push({
        file,
        path: '$',
        message: `no article text: expected ${textFile} beside this file`,
      });
    }
    const sector = SECTORS.find((s) => s === json.sector);
    articles.set(id, {
      file,
      textFile,
      sector,
      text: text === undefined ? undefined : stripWhitespace(text),
    });
  }
  return articles;
}

type Registry = {
  /** Every figure and event id with the file it is in, whether or not the item passes the schema. */
  figureIds: Map<string, string>;
  eventIds: Map<string, string>;
  /** Figures that pass the schema, for evaluating formulas. */
  figures: Map<string, Figure>;
};

/** Parses each figure and event on its own, so one bad figure does not hide the others' checks. */
function collectItems(input: CheckInput): {
  registry: Registry;
  figures: Located<Figure>[];
  events: Located<DashboardEvent>[];
} {
  const registry: Registry = { figureIds: new Map(), eventIds: new Map(), figures: new Map() };
  const figures: Located<Figure>[] = [];
  const events: Located<DashboardEvent>[] = [];
  for (const { file, json } of input.datasets) {
    if (!isRecord(json)) continue;
    const rawFigures = Array.isArray(json.figures) ? json.figures : [];
    rawFigures.forEach((raw, i) => {
      if (isRecord(raw) && typeof raw.id === 'string' && !registry.figureIds.has(raw.id)) {
        registry.figureIds.set(raw.id, file);
      }
      const parsed = figureSchema.safeParse(raw);
      if (!parsed.success) return;
      const located = { file, path: ['figures', i], item: parsed.data };
      figures.push(located);
      if (!registry.figures.has(parsed.data.id)) registry.figures.set(parsed.data.id, parsed.data);
    });
    const rawEvents = Array.isArray(json.events) ? json.events : [];
    rawEvents.forEach((raw, i) => {
      if (isRecord(raw) && typeof raw.id === 'string' && !registry.eventIds.has(raw.id)) {
        registry.eventIds.set(raw.id, file);
      }
      const parsed = eventSchema.safeParse(raw);
      if (!parsed.success) return;
      const located = { file, path: ['events', i], item: parsed.data };
      events.push(located);
    });
  }
  return { registry, figures, events };
}

function duplicateIdProblems(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { file, json } of input.datasets) {
    if (!isRecord(json)) continue;
    for (const list of ['figures', 'events'] as const) {
      const items = json[list];
      if (!Array.isArray(items)) continue;
      items.forEach((item, i) => {
        if (!isRecord(item) || typeof item.id !== 'string') return;
        const path = formatJsonPath([list, i, 'id']);
        const first = seen.get(item.id);
        if (first !== undefined) {
          problems.push({
            file,
            path,
            message: `duplicate id "${item.id}": first used at ${first}`,
          });
        } else {
          seen.set(item.id, `${file} ${path}`);
        }
      });
    }
  }
  return problems;
}

function groupByFile<T extends { file: string }>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.file);
    if (group) group.push(item);
    else groups.set(item.file, [item]);
  }
  return groups;
}

function articleLabel(id: string, article: ArticleInfo): string {
  return `article "${id}" (${article.textFile})`;
}

function missingArticle(id: string, articles: Map<string, ArticleInfo>): string {
  const known = [...articles.keys()];
  return `no article "${id}" among the seeds (known: ${known.length > 0 ? known.join(', ') : 'none'})`;
}

/** Quote, asPrinted and sector checks shared by figures and events. */
function sourceProblems(
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
  const printed = parsePrintedNumber(asPrinted);
  if (printed === null) {
    problems.push({
      file,
      path: at('asPrinted'),
      message: `cannot read one figure from asPrinted ${JSON.stringify(asPrinted)}; give the figure exactly as printed, e.g. "9.53 亿吨"`,
    });
  } else {
    const quote = stripWhitespace(item.source?.quote ?? '');
    const offset = quote.indexOf(stripWhitespace(asPrinted));
    const direction = offset > 0 ? readDirectionBefore(quote.slice(0, offset)) : null;
    const unsigned = typeof printed === 'number' ? printed > 0 : printed.min >= 0;
    // `下降 2.4%` may be curated as asPrinted "2.4%": the fall printed just before it still counts.
    const falls = unsigned && direction?.sign === -1;
    const expected = falls ? negate(printed) : printed;
    if (!sameValue(item.value, expected)) {
      const context = falls ? ` after "${direction.text}" in the quote` : '';
      problems.push({
        file,
        path: at('value'),
        message: `value ${showValue(item.value)} disagrees with asPrinted ${JSON.stringify(asPrinted)}${context} = ${showValue(expected)}`,
      });
    }
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

function figureProblems(
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

/**
 * Every problem in the curated data: schema errors, then provenance — quotes verbatim in their
 * article, asPrinted in its quote, values matching what is printed, unique ids, resolvable
 * references, derived formulas reproducing their values, no drafts.
 */
/** Text a curator must still write: `npm run curate` leaves `TODO: …` where a person decides. */
const PLACEHOLDER = /\bTODO\b/;

/** Every string in a data file that still holds a TODO placeholder, by JSON path. */
function placeholderProblems(file: string, json: unknown, path: PropertyKey[] = []): Problem[] {
  if (typeof json === 'string') {
    return PLACEHOLDER.test(json)
      ? [
          {
            file,
            path: formatJsonPath(path),
            message: `still a placeholder: ${show(json)}; write the real text`,
          },
        ]
      : [];
  }
  if (Array.isArray(json)) {
    return json.flatMap((item, i) => placeholderProblems(file, item, [...path, i]));
  }
  if (isRecord(json)) {
    return Object.entries(json).flatMap(([key, value]) =>
      placeholderProblems(file, value, [...path, key]),
    );
  }
  return [];
}

export function checkDatasets(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const articles = checkArticles(input, problems);
  const { registry, figures: allFigures, events: allEvents } = collectItems(input);
  const duplicates = groupByFile(duplicateIdProblems(input));
  const figures = groupByFile(allFigures);
  const events = groupByFile(allEvents);

  for (const { file, json } of input.datasets) {
    problems.push(...schemaProblems(file, datasetSchema, json));
    problems.push(...unknownFieldProblems(file, asNode(datasetSchema), json, []));
    if (!isRecord(json)) continue;

    if (json.draft === true) problems.push({ file, path: 'draft', message: DRAFT_MESSAGE });
    problems.push(...placeholderProblems(file, json));
    if (json.$schema !== DATASET_SCHEMA_REF) {
      problems.push({
        file,
        path: '$schema',
        message:
          json.$schema === undefined
            ? `missing: expected ${JSON.stringify(DATASET_SCHEMA_REF)}, so editors validate the file`
            : `expected ${JSON.stringify(DATASET_SCHEMA_REF)} but got ${show(json.$schema)}`,
      });
    }
    const articleId = typeof json.article === 'string' ? json.article : undefined;
    if (articleId !== undefined) {
      if (!articles.has(articleId)) {
        problems.push({ file, path: 'article', message: missingArticle(articleId, articles) });
      }
      if (baseName(file) !== articleId) {
        problems.push({
          file,
          path: 'article',
          message: `article "${articleId}" does not match the file name "${baseName(file)}.json"; a data file is named after its article`,
        });
      }
    }

    problems.push(...(duplicates.get(file) ?? []));
    for (const located of figures.get(file) ?? []) {
      problems.push(...figureProblems(located, registry, articles, articleId));
    }
    for (const located of events.get(file) ?? []) {
      problems.push(...sourceProblems(located, articles));
    }
  }
  return problems;
}
