/**
 * `npm run check:data`: keeps the curated data honest. Reads data/*.json and seeds/*.{json,txt},
 * runs the schema and provenance checks of src/data/provenance.ts, checks schemas/ is up to date,
 * prints every problem as `file: JSON path: what is wrong` and exits non-zero if there is any.
 *
 * Usage: tsx scripts/check-data.ts [--data <dir>] [--seeds <dir>] [--schemas <dir> | --no-schemas]
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkDatasets, type LoadedJson, type Problem } from '../src/data/provenance.ts';
import { renderSchemas } from './write-schema.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export type CheckDataOptions = {
  /** Problem file names are shown relative to this directory. Default: the project root. */
  root?: string;
  /** Default: <root>/data */
  dataDir?: string;
  /** Default: <root>/seeds */
  seedsDir?: string;
  /** Compared with renderSchemas(); default <root>/schemas, null to skip the comparison. */
  schemasDir?: string | null;
};

export type CheckDataResult = {
  problems: Problem[];
  /** `check:data: 4 files, 38 figures, 9 events: OK` or `check:data: 3 problems in 2 files` */
  summary: string;
  files: number;
  figures: number;
  events: number;
};

/** `data/cement-h1-2023.json: figures[0].value: …` */
export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.path}: ${problem.message}`;
}

class JsonSyntaxOffset {
  constructor(readonly offset: number) {}
}

/** Offset of the first JSON syntax error, for engines whose message gives no position. */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new JsonSyntaxOffset(i);
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  const string = (): void => {
    i += 1;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i += 1;
        return;
      }
      if (c === '\\') {
        i += 1;
        if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i += 1;
        else if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/u.test(text.slice(i + 1, i + 5))) i += 5;
        else fail();
      } else if (c < ' ') {
        fail();
      } else {
        i += 1;
      }
    }
    fail();
  };
  const members = (close: string, member: () => void): void => {
    i += 1;
    space();
    if (text[i] === close) {
      i += 1;
      return;
    }
    for (;;) {
      member();
      space();
      if (text[i] === ',') i += 1;
      else if (text[i] === close) {
        i += 1;
        return;
      } else fail();
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      members('}', () => {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i += 1;
        value();
      });
    } else if (c === '[') {
      members(']', value);
    } else if (c === '"') {
      string();
    } else {
      const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/uy;
      number.lastIndex = i;
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      const match = number.exec(text)?.[0] ?? literal;
      if (match === undefined) fail();
      else i += match.length;
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail();
  } catch (error) {
    if (error instanceof JsonSyntaxOffset) return error.offset;
    throw error;
  }
  return text.length;
}

/** Parses JSON or explains where it breaks: `invalid JSON at line 5, column 3: Expected ',' …`. */
export function parseJsonFile(
  file: string,
  text: string,
): { json: unknown; problem?: undefined } | { json?: undefined; problem: Problem } {
  const source = text.replace(/^\uFEFF/u, '');
  try {
    return { json: JSON.parse(source) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reported = /at position (\d+)/u.exec(message);
    const offset = reported ? Number(reported[1]) : jsonErrorOffset(source);
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const reason = message
      .replace(/\s*in JSON at position \d+.*$/su, '')
      .replace(/, ".*" is not valid JSON$/su, '');
    return {
      problem: {
        file,
        path: '$',
        message: `invalid JSON at line ${line}, column ${column}: ${reason}`,
      },
    };
  }
}

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

  const datasets = readJsonFiles(dataDir, 'data files <article-id>.json');
  const articles = readJsonFiles(seedsDir, 'article sidecars <article-id>.json');
  const articleTexts: Record<string, string> = {};
  if (isDirectory(seedsDir)) {
    for (const path of listFiles(seedsDir, '.txt')) {
      const id = path.slice(path.lastIndexOf(sep) + 1, -'.txt'.length);
      articleTexts[id] = readFileSync(path, 'utf8');
    }
  }
  problems.push(...checkDatasets({ datasets, articles, articleTexts }));

  if (schemasDir !== null) {
    for (const [name, expected] of Object.entries(renderSchemas())) {
      const path = join(schemasDir, name);
      if (!existsSync(path)) {
        problems.push({ file: show(path), path: '$', message: 'missing; run npm run schema' });
      } else if (readFileSync(path, 'utf8').replace(/\r\n/gu, '\n') !== expected) {
        problems.push({
          file: show(path),
          path: '$',
          message: 'out of date with src/data/schema.ts; run npm run schema',
        });
      }
    }
  }

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
  return { problems, summary, files: datasets.length, figures, events };
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
  const { problems, summary } = await runCheckData(options);
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
