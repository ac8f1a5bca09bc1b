import { dataSchemas, type DataSchemas } from '../schema.ts';
import type { DashboardEvent, Figure } from '../schema.ts';
import { PROJECT_VOCABULARY, type Vocabulary } from '../vocabulary.ts';
import { formatJsonPath } from '../load.ts';
import { stripWhitespace } from '../numbers.ts';
import {
  figureProblems,
  missingArticle,
  sourceProblems,
  type ArticleInfo,
  type Located,
  type Registry,
} from './figure-problems.ts';
import { indicatorProblems } from './indicator-problems.ts';
import { isRecord, show, type LoadedJson, type Problem } from './problem.ts';
import { asNode, schemaProblems, unknownFieldProblems } from './schema-problems.ts';

/**
 * The whole check over a set of data files, sidecars and article texts: every problem is
 * collected, nothing stops at the first.
 */

export type CheckInput = {
  /** data/<article-id>.json */
  datasets: LoadedJson[];
  /** seeds/<article-id>.json */
  articles: LoadedJson[];
  /** seeds/<article-id>.txt, by article id */
  articleTexts: Record<string, string>;
  /** The vocabulary the files are checked against; default the project's, data/vocabulary/. */
  vocabulary?: Vocabulary;
};

export const DATASET_SCHEMA_REF = '../schemas/dataset.schema.json';
export const ARTICLE_SCHEMA_REF = '../schemas/article.schema.json';

export const DRAFT_MESSAGE =
  'this file was drafted by npm run curate; review every figure\'s value, unit, quote, period, region and names against the article, then delete "draft": true';

function baseName(file: string): string {
  return (file.split(/[\\/]/u).pop() ?? file).replace(/\.[^.]*$/u, '');
}

function checkArticles(
  input: CheckInput,
  schemas: DataSchemas,
  problems: Problem[],
): Map<string, ArticleInfo> {
  const { articleSchema } = schemas;
  const articles = new Map<string, ArticleInfo>();
  for (const { file, json } of input.articles) {
    problems.push(...schemaProblems(file, articleSchema, json));
    problems.push(...unknownFieldProblems(file, asNode(articleSchema), json, [], ['$schema']));
    // A drafted sidecar's title and notes are TODO until a person writes them.
    problems.push(...placeholderProblems(file, json));
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
    const sector = (input.vocabulary ?? PROJECT_VOCABULARY).sectors.find(
      (s) => s.id === json.sector,
    )?.id;
    articles.set(id, {
      file,
      textFile,
      sector,
      text: text === undefined ? undefined : stripWhitespace(text),
    });
  }
  return articles;
}

/** Parses each figure and event on its own, so one bad figure does not hide the others' checks. */
function collectItems(
  input: CheckInput,
  { figureSchema, eventSchema }: DataSchemas,
): {
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

/**
 * Every problem in the curated data: schema errors, then provenance — quotes verbatim in their
 * article, asPrinted in its quote, values matching what is printed, unique ids, resolvable
 * references, derived formulas reproducing their values, no drafts; every figure agreeing with
 * its indicator and no unexplained conflict between articles.
 */
export function checkDatasets(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const vocabulary = input.vocabulary ?? PROJECT_VOCABULARY;
  const schemas = dataSchemas(vocabulary);
  const { datasetSchema } = schemas;
  const articles = checkArticles(input, schemas, problems);
  const { registry, figures: allFigures, events: allEvents } = collectItems(input, schemas);
  const duplicates = groupByFile(duplicateIdProblems(input));
  const figures = groupByFile(allFigures);
  const events = groupByFile(allEvents);

  for (const { file, json } of input.datasets) {
    problems.push(...schemaProblems(file, datasetSchema, json));
    problems.push(...unknownFieldProblems(file, asNode(datasetSchema), json, []));
    if (!isRecord(json)) continue;

    if (json.draft === true) problems.push({ file, path: 'draft', message: DRAFT_MESSAGE });
    if (Array.isArray(json.proposedUnits)) {
      problems.push({
        file,
        path: 'proposedUnits',
        message: `the drafter proposes ${json.proposedUnits.length} new unit(s): review each one's names (the English is left to you), move it to data/vocabulary/units.json and delete proposedUnits`,
      });
    }
    if (Array.isArray(json.proposedIndicators)) {
      problems.push({
        file,
        path: 'proposedIndicators',
        message: `the drafter proposes ${json.proposedIndicators.length} new indicator(s): review each one's names (the English is left to you), unit, measure and changes, move it to data/vocabulary/indicators.json (or give its figures an existing indicator) and delete proposedIndicators`,
      });
    }
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
  problems.push(...indicatorProblems(allFigures, vocabulary));
  return problems;
}
