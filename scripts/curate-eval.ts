/**
 * `npm run curate -- --evaluate` (or `tsx scripts/curate-eval.ts`): drafts each seed article from
 * its raw newspaper text (tests/fixtures/raw/<id>.txt) and scores the draft against the
 * hand-curated data/<id>.json: figure recall and precision, and event recall, per article and
 * overall.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleSchema, datasetSchema } from '../src/data/schema.ts';
import { draftArticle } from '../src/curate/draft.ts';
import { formatScores, scoreDraft, type Score } from '../src/curate/evaluate.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The four seed articles, in the order the newspaper prints them. */
export const SEED_ARTICLES = [
  'baojiaolou',
  'isc2023-ai-security',
  'cement-h1-2023',
  'guangxi-power',
] as const;

/**
 * The month the seed sidecars' notes give for publication. The evaluation passes it as --date, as a
 * curator would: it dates 今年 and 目前, so it only changes event dates, never figure values.
 */
export const SEED_PUBLICATION_MONTH = '2023-08';

export type EvaluateOptions = {
  /** Default: the project root (reads data/, seeds/ and tests/fixtures/raw/ under it). */
  root?: string;
  articles?: readonly string[];
};

/** Drafts and scores each seed article; throws if a curated or raw file is missing or invalid. */
export function evaluateSeeds(options: EvaluateOptions = {}): Score[] {
  const root = options.root ?? ROOT;
  return (options.articles ?? SEED_ARTICLES).map((id) => {
    const read = (path: string): string => readFileSync(join(root, path), 'utf8');
    const curated = datasetSchema.parse(JSON.parse(read(`data/${id}.json`)));
    const article = articleSchema.parse(JSON.parse(read(`seeds/${id}.json`)));
    const { dataset } = draftArticle(read(`tests/fixtures/raw/${id}.txt`), {
      articleId: id,
      sector: article.sector,
      date: SEED_PUBLICATION_MONTH,
    });
    return scoreDraft(id, dataset, curated);
  });
}

export function main(): void {
  console.log(formatScores(evaluateSeeds()));
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  existsSync(process.argv[1]) &&
  import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (invokedDirectly) main();
