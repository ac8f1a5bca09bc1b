/**
 * `npm run check:data`: keeps the curated data honest. Reads data/*.json and seeds/*.{json,txt},
 * runs the schema and provenance checks of src/data/provenance/, checks schemas/ is up to date,
 * prints every problem as `file: JSON path: what is wrong` and exits non-zero if there is any.
 *
 * Usage: tsx scripts/check-data.ts [--data <dir>] [--seeds <dir>] [--schemas <dir> | --no-schemas]
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkDatasets } from '../src/data/provenance/check.ts';
import { parseJsonFile } from '../src/data/provenance/json-text.ts';
import { formatProblem, type LoadedJson, type Problem } from '../src/data/provenance/problem.ts';
import { checkVocabulary } from '../src/data/provenance/vocabulary-problems.ts';
import { dataVocabularyDir, readVocabularyTexts } from './vocabulary.ts';
import { writeSchemas } from './write-schema.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url).href);

export type CheckDataOptions = {
  /** Problem file names are shown relative to this directory. Default: the project root. */
  root?: string;
  /** Default: <root>/data */
  dataDir?: string;
  /** Default: <root>/seeds */
  seedsDir?: string;
  /**
   * Where the JSON Schemas are regenerated from the vocabulary (only files that changed are
   * written); default <root>/schemas, null to leave schemas alone.
   */
  schemasDir?: string | null;
};

export type CheckDataResult = {
  problems: Problem[];
  /** `check:data: 4 files, 38 figures, 9 events: OK` or `check:data: 3 problems in 2 files` */
  summary: string;
  /** Schema files regenerated because the vocabulary or the zod schemas changed. */
  schemasWritten: string[];
  files: number;
  figures: number;
  events: number;
};

function listFiles(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

function isDirectory(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory();
}

/** Runs every data check and returns the problems with a one-line summary; never exits. */
export async function runCheckData(options: CheckDataOptions = {}): Promise<CheckDataResult> {
  const root = resolve(options.root ?? PROJECT_ROOT);
  const dataDir = resolve(options.dataDir ?? join(root, 'data'));
  const seedsDir = resolve(options.seedsDir ?? join(root, 'seeds'));
  const schemasDir =
    options.schemasDir === null ? null : resolve(options.schemasDir ?? join(root, 'schemas'));
  const show = (path: string): string => {
    const rel = relative(root, path);
    return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
  };

  const problems: Problem[] = [];
  const readJsonFiles = (dir: string, what: string): LoadedJson[] => {
    if (!isDirectory(dir)) {
      problems.push({
        file: show(dir),
        path: '$',
        message: `directory not found (expected ${what})`,
      });
      return [];
    }
    const files = listFiles(dir, '.json');
    if (files.length === 0) {
      problems.push({ file: show(dir), path: '$', message: `no ${what} in this directory` });
    }
    return files.flatMap((path) => {
      const parsed = parseJsonFile(show(path), readFileSync(path, 'utf8'));
      if (parsed.problem) {
        problems.push(parsed.problem);
        return [];
      }
      return [{ file: show(path), json: parsed.json }];
    });
  };

  const vocabularyDir = dataVocabularyDir(dataDir);
  const vocabularyCheck = checkVocabulary(readVocabularyTexts(vocabularyDir), (kind) =>
    show(join(vocabularyDir, `${kind}.json`)),
  );
  problems.push(...vocabularyCheck.problems);

  const datasets = readJsonFiles(dataDir, 'data files <article-id>.json');
  const articles = readJsonFiles(seedsDir, 'article sidecars <article-id>.json');
  const articleTexts: Record<string, string> = {};
  if (isDirectory(seedsDir)) {
    for (const path of listFiles(seedsDir, '.txt')) {
      const id = path.slice(path.lastIndexOf(sep) + 1, -'.txt'.length);
      articleTexts[id] = readFileSync(path, 'utf8');
    }
  }
  const vocabulary = vocabularyCheck.vocabulary;
  // With a broken vocabulary every id would read as unknown: its own problems say enough.
  if (vocabulary !== null) {
    problems.push(...checkDatasets({ datasets, articles, articleTexts, vocabulary }));
  }

  const schemasWritten =
    schemasDir !== null && vocabulary !== null
      ? writeSchemas(schemasDir, vocabulary).map(show)
      : [];

  const count = (list: string): number =>
    datasets.reduce((sum, { json }) => {
      const items =
        typeof json === 'object' && json !== null
          ? (json as Record<string, unknown>)[list]
          : undefined;
      return sum + (Array.isArray(items) ? items.length : 0);
    }, 0);
  const figures = count('figures');
  const events = count('events');
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const badFiles = new Set(problems.map((p) => p.file)).size;
  const summary =
    problems.length === 0
      ? `check:data: ${plural(datasets.length, 'file')}, ${plural(figures, 'figure')}, ${plural(events, 'event')}: OK`
      : `check:data: ${plural(problems.length, 'problem')} in ${plural(badFiles, 'file')}`;
  return { problems, summary, files: datasets.length, figures, events, schemasWritten };
}

const USAGE =
  'usage: tsx scripts/check-data.ts [--data <dir>] [--seeds <dir>] [--schemas <dir> | --no-schemas]';

/** Reads `--data <dir> --seeds <dir> --schemas <dir> --no-schemas`; throws on anything else. */
export function parseArgs(args: readonly string[]): CheckDataOptions {
  const options: CheckDataOptions = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--no-schemas') {
      options.schemasDir = null;
      continue;
    }
    const value = args[i + 1];
    if ((arg === '--data' || arg === '--seeds' || arg === '--schemas') && value !== undefined) {
      if (arg === '--data') options.dataDir = value;
      else if (arg === '--seeds') options.seedsDir = value;
      else options.schemasDir = value;
      i += 1;
    } else {
      throw new Error(`unexpected argument ${JSON.stringify(arg)}\n${USAGE}`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  let options: CheckDataOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }
  const { problems, summary, schemasWritten } = await runCheckData(options);
  for (const path of schemasWritten) console.log(`check:data: regenerated ${path}`);
  for (const problem of problems) console.error(formatProblem(problem));
  if (problems.length > 0) {
    console.error(summary);
    process.exitCode = 1;
  } else {
    console.log(summary);
  }
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  existsSync(process.argv[1]) &&
  import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (invokedDirectly) await main();
