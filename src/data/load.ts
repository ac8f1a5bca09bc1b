import type { z } from 'zod';
import {
  digestSeries,
  figuresByIndicator,
  indicatorSeries,
  type IndicatorDigest,
} from './indicators.ts';
import { dataSchemas, type Article, type Dataset } from './schema.ts';
import { countData, type DataCounts } from './subsets.ts';
import { PROJECT_VOCABULARY, type IndicatorEntry, type Vocabulary } from './vocabulary.ts';

/** A file as it arrives: its name relative to the project root and its parsed JSON. */
export interface RawFile {
  file: string;
  json: unknown;
}

export interface LoadProblem {
  path: string;
  message: string;
}

/** A file that failed validation: shown to the reader as an error card naming it. */
export interface LoadError {
  file: string;
  problems: LoadProblem[];
}

export interface LoadResult {
  datasets: { file: string; dataset: Dataset }[];
  articles: Article[];
  /** The indicators the loaded figures name, in vocabulary order: the views' series. */
  indicators: IndicatorEntry[];
  /** Each indicator's latest value, changes and trend, by indicator id (see IndicatorDigest). */
  digests: Record<string, IndicatorDigest>;
  /** How much the whole data holds, kept when a page starts from a part of it (subsets.ts). */
  counts: DataCounts;
  errors: LoadError[];
}

const IDENTIFIER_KEY = /^[A-Za-z_$][\w$]*$/u;

/** `['figures', 3, 'source', 'quote']` → `figures[3].source.quote`; `[]` → `$`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else {
      const key = String(segment);
      if (IDENTIFIER_KEY.test(key)) text += text === '' ? key : `.${key}`;
      else text += `[${JSON.stringify(key)}]`;
    }
  }
  return text === '' ? '$' : text;
}

export function zodProblems(error: z.ZodError): LoadProblem[] {
  return error.issues.map((issue) => ({
    path: formatJsonPath(issue.path),
    message: issue.message,
  }));
}

/**
 * Validates raw data and article files with the same schemas as `check:data`. A file that fails
 * is reported in `errors`, never silently dropped, and the others still load.
 */
export function loadFiles(
  datasetFiles: RawFile[],
  articleFiles: RawFile[],
  vocabulary: Vocabulary = PROJECT_VOCABULARY,
): LoadResult {
  const { articleSchema, datasetSchema } = dataSchemas(vocabulary);
  const result: LoadResult = {
    datasets: [],
    articles: [],
    indicators: [],
    digests: {},
    counts: { figures: 0, figuresBySector: {}, eventsBySector: {}, articlesBySector: {} },
    errors: [],
  };
  for (const { file, json } of articleFiles) {
    const parsed = articleSchema.safeParse(json);
    if (parsed.success) result.articles.push(parsed.data);
    else result.errors.push({ file, problems: zodProblems(parsed.error) });
  }
  for (const { file, json } of datasetFiles) {
    const parsed = datasetSchema.safeParse(json);
    if (parsed.success) result.datasets.push({ file, dataset: parsed.data });
    else result.errors.push({ file, problems: zodProblems(parsed.error) });
  }
  const groups = figuresByIndicator(result.datasets.flatMap((d) => d.dataset.figures));
  result.indicators = vocabulary.indicators.filter((i) => groups.has(i.id));
  const kind = new Map(vocabulary.measures.map((m) => [m.id, m.kind]));
  for (const indicator of result.indicators) {
    const series = indicatorSeries(
      indicator,
      groups.get(indicator.id)!,
      (m) => kind.get(m) === 'change',
    );
    const digest = digestSeries(series, (m) => kind.get(m) === 'level');
    if (digest) result.digests[indicator.id] = digest;
  }
  result.counts = countData(result);
  return result;
}
