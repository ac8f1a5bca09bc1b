/**
 * `npm run curate -- <article.txt>`: drafts data/<id>.json (every figure with its quote, marked
 * `"draft": true`), seeds/<id>.txt (the paragraphs, column breaks joined) and seeds/<id>.json (the
 * sidecar) from an article as printed, for a person to review. `npm run curate -- --evaluate`
 * scores the drafter on the four seed articles instead.
 *
 * Usage: tsx scripts/curate.ts <article.txt> [--id <article-id>] [--sector <sector>]
 *          [--date YYYY-MM] [--out <dir>] [--seeds <dir>] [--force]
 *        tsx scripts/curate.ts --evaluate
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Sector } from '../src/data/vocab.ts';
import { PROJECT_VOCABULARY } from '../src/data/vocabulary.ts';
import { dataVocabularyDir, readVocabulary } from './vocabulary.ts';
import { ArticleInputError, checkArticleSize, decodeArticle } from '../src/curate/decode.ts';
import { draftArticle, parseMonthOption, toJsonText } from '../src/curate/draft.ts';
import { main as evaluateMain } from './curate-eval.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url).href);

export const USAGE = `usage: npm run curate -- <article.txt> [--id <article-id>] [--sector <${PROJECT_VOCABULARY.sectors.map((s) => s.id).join('|')}>] [--date YYYY-MM] [--out <dir>] [--seeds <dir>] [--force]
       npm run curate -- --evaluate`;

export type CurateArgs =
  | { evaluate: true }
  | {
      evaluate: false;
      file: string;
      id?: string;
      sector?: Sector;
      date?: string;
      /** Where data/<id>.json goes. Default: <project>/data */
      out?: string;
      /** Where seeds/<id>.txt and .json go. Default: <project>/seeds */
      seeds?: string;
      force: boolean;
    };

const ARTICLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Reads the command line; throws a message with the usage on anything it does not understand. */
export function parseCurateArgs(args: readonly string[]): CurateArgs {
  if (args.includes('--evaluate')) {
    if (args.length > 1) throw new Error(`--evaluate takes no other arguments\n${USAGE}`);
    return { evaluate: true };
  }
  let file: string | undefined;
  const parsed: Omit<Extract<CurateArgs, { evaluate: false }>, 'file'> = {
    evaluate: false,
    force: false,
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--force') {
      parsed.force = true;
      continue;
    }
    if (['--id', '--sector', '--date', '--out', '--seeds'].includes(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new Error(`${arg} needs a value\n${USAGE}`);
      }
      i += 1;
      if (arg === '--id') {
        if (!ARTICLE_ID.test(value)) {
          throw new Error(
            `--id must be a kebab-case article id such as cement-h1-2023; got "${value}"`,
          );
        }
        parsed.id = value;
      } else if (arg === '--sector') {
        // Checked against the vocabulary of the data directory the draft goes to, in runCurate.
        parsed.sector = value;
      } else if (arg === '--date') {
        parseMonthOption(value);
        parsed.date = value;
      } else if (arg === '--out') parsed.out = value;
      else parsed.seeds = value;
      continue;
    }
    if (arg.startsWith('--') || file !== undefined) {
      throw new Error(`unexpected argument "${arg}"\n${USAGE}`);
    }
    file = arg;
  }
  if (file === undefined) throw new Error(`missing the article file\n${USAGE}`);
  return { ...parsed, file };
}

/** `tests/fixtures/raw/Guangxi Power.txt` → `guangxi-power`; throws when nothing is left. */
export function articleIdFromFile(file: string): string {
  const id = basename(file)
    .replace(/\.[^.]*$/u, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (id === '') {
    throw new Error(
      `cannot derive an article id from the file name "${file}": pass --id <kebab-case-id>`,
    );
  }
  return id;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function isDraft(path: string): boolean {
  const json = readJson(path);
  return typeof json === 'object' && json !== null && (json as { draft?: unknown }).draft === true;
}

/** Figure and event ids already used by other data files in `dir`. */
function idsInUse(dir: string, except: string): Set<string> {
  const ids = new Set<string>();
  if (!existsSync(dir)) return ids;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    if (name === except) continue;
    const json = readJson(join(dir, name)) as { figures?: unknown; events?: unknown } | undefined;
    for (const list of [json?.figures, json?.events]) {
      if (!Array.isArray(list)) continue;
      for (const item of list) {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === 'string') ids.add(id);
      }
    }
  }
  return ids;
}

export type CurateRun = {
  articleId: string;
  /** Paths written, as given (relative to the project root when inside it). */
  written: string[];
  figures: number;
  events: number;
  warnings: string[];
};

/** The article's text, or an error starting with the file name saying why it cannot be drafted. */
function readArticle(file: string): { text: string; notice?: string } {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error(`${file}: not a file`);
    // Before reading, so a stray multi-gigabyte file is refused without loading it.
    checkArticleSize(stat.size);
    return decodeArticle(readFileSync(file), file);
  } catch (error) {
    if (error instanceof ArticleInputError) throw new Error(`${file}: ${error.message}`);
    throw error;
  }
}

/** Drafts one article and writes its three files; throws instead of overwriting reviewed work. */
export function runCurate(args: Extract<CurateArgs, { evaluate: false }>, root = ROOT): CurateRun {
  const articleId = args.id ?? articleIdFromFile(args.file);
  const dataDir = resolve(root, args.out ?? 'data');
  const seedsDir = resolve(root, args.seeds ?? 'seeds');
  const dataFile = join(dataDir, `${articleId}.json`);
  const textFile = join(seedsDir, `${articleId}.txt`);
  const sidecarFile = join(seedsDir, `${articleId}.json`);
  const show = (path: string): string => {
    const rel = relative(root, path);
    return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
  };

  if (!existsSync(args.file)) throw new Error(`article file not found: ${args.file}`);
  if (!args.force) {
    const redraft = existsSync(dataFile) && isDraft(dataFile);
    if (existsSync(dataFile) && !redraft) {
      throw new Error(
        `${show(dataFile)} exists and is not a draft (a person has reviewed it): not overwriting it; pass --force to replace it`,
      );
    }
    for (const seed of [textFile, sidecarFile]) {
      if (existsSync(seed) && !redraft) {
        throw new Error(
          `${show(seed)} exists and ${show(dataFile)} is not a draft of it: not overwriting it; pass --force to replace it`,
        );
      }
    }
  }

  // The vocabulary beside the data (data/vocabulary/): its sectors, units and regions.
  const vocabulary = readVocabulary(dataVocabularyDir(dataDir));
  if (args.sector !== undefined && !vocabulary.sectors.some((s) => s.id === args.sector)) {
    throw new Error(
      `--sector must be one of ${vocabulary.sectors.map((s) => s.id).join(', ')}; got "${args.sector}". A new sector is added to data/vocabulary/sectors.json first.`,
    );
  }
  const { text: raw, notice } = readArticle(args.file);
  const options = { articleId, sector: args.sector, date: args.date, vocabulary };
  let result = draftArticle(raw, options);
  if (result.dataset.figures.length === 0) {
    // A draft with nothing to review is not worth writing; usually the wrong file was passed.
    throw new Error(
      `${args.file}: the article prints no figures the drafter could find (no number such as 1.25亿吨 or 3.1%): nothing written. Is this the article's text?`,
    );
  }
  const taken = idsInUse(dataDir, `${articleId}.json`);
  const clash = [...result.dataset.figures, ...result.dataset.events].some((x) => taken.has(x.id));
  // Placeholder ids are `<sector>.figure-<n>`; another draft in the same sector would reuse them.
  if (clash) result = draftArticle(raw, { ...options, idPrefix: articleId });

  mkdirSync(dataDir, { recursive: true });
  mkdirSync(seedsDir, { recursive: true });
  writeFileSync(dataFile, toJsonText(result.dataset));
  writeFileSync(textFile, result.text);
  writeFileSync(sidecarFile, toJsonText(result.article));
  return {
    articleId,
    written: [dataFile, textFile, sidecarFile].map(show),
    figures: result.dataset.figures.length,
    events: result.dataset.events.length,
    warnings: notice === undefined ? result.warnings : [notice, ...result.warnings],
  };
}

function main(): void {
  let args: CurateArgs;
  try {
    args = parseCurateArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }
  if (args.evaluate) {
    evaluateMain();
    return;
  }
  try {
    const run = runCurate(args);
    console.log(
      `curate: drafted ${run.figures} figures and ${run.events} events of "${run.articleId}":\n${run.written.map((w) => `  ${w}`).join('\n')}`,
    );
    for (const warning of run.warnings) console.log(`  to do: ${warning}`);
    console.log(
      'Next: review every figure against the article (README, "Adding an article"), delete "draft": true, then npm run check:data.',
    );
  } catch (error) {
    console.error(`curate: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  existsSync(process.argv[1]) &&
  import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (invokedDirectly) main();
