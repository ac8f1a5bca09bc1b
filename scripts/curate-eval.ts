/**
 * `npm run curate -- --evaluate` (or `tsx scripts/curate-eval.ts`): drafts each seed article from
 * its raw newspaper text (tests/fixtures/raw/<id>.txt) and scores the draft against the
 * hand-curated data/<id>.json: figure recall and precision, and event recall, per article and
 * overall.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleSchema, datasetSchema } from '../src/data/schema.ts';
import { draftArticle } from '../src/curate/draft.ts';
import { z } from 'zod';
import {
  formatIndicatorScores,
  formatScores,
  scoreDraft,
  scoreIndicators,
  scoreLabels,
  type IndicatorScore,
  type Score,
} from '../src/curate/evaluate.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url).href);

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

/** Each seed article drafted from its raw text, beside its curated data file. */
function draftSeeds(options: EvaluateOptions) {
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
    return { id, dataset, curated };
  });
}

/** Drafts and scores each seed article; throws if a curated or raw file is missing or invalid. */
export function evaluateSeeds(options: EvaluateOptions = {}): Score[] {
  return draftSeeds(options).map(({ id, dataset, curated }) => scoreDraft(id, dataset, curated));
}

/** For each seed article: how many drafted figures have the curated figure's indicator. */
export function evaluateSeedIndicators(options: EvaluateOptions = {}): IndicatorScore[] {
  return draftSeeds(options).map(({ id, dataset, curated }) =>
    scoreIndicators(id, dataset, curated),
  );
}

/** Articles written and labelled by this team to measure the drafter on text it was not tuned on. */
export const EVAL_DIR = 'tests/fixtures/eval';

const labelsSchema = z.strictObject({
  /** The publication month, passed as --date as a curator would. */
  date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/u),
  figures: z.array(
    z.strictObject({
      asPrinted: z.string().min(1),
      value: z.union([z.number(), z.strictObject({ min: z.number(), max: z.number() })]),
      unit: z.string().min(1),
      measure: z.string().min(1),
      qualifier: z.string().optional(),
    }),
  ),
  /** Numerals in the text that are not figures (names, ordinals, dates): traps for the drafter. */
  notFigures: z.array(z.string()).optional(),
});
export type Labels = z.infer<typeof labelsSchema>;

/** The evaluation articles' ids: every <id>.txt with an <id>.labels.json beside it. */
export function evalArticles(root = ROOT): string[] {
  return readdirSync(join(root, EVAL_DIR))
    .filter((n) => n.endsWith('.labels.json'))
    .map((n) => n.slice(0, -'.labels.json'.length))
    .sort();
}

export function readLabels(id: string, root = ROOT): Labels {
  const file = join(root, EVAL_DIR, `${id}.labels.json`);
  const parsed = labelsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${EVAL_DIR}/${id}.labels.json: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

/** Drafts each evaluation article and scores it against its labels. */
export function evaluateSet(options: EvaluateOptions = {}): Score[] {
  const root = options.root ?? ROOT;
  return (options.articles ?? evalArticles(root)).map((id) => {
    const labels = readLabels(id, root);
    const raw = readFileSync(join(root, EVAL_DIR, `${id}.txt`), 'utf8');
    const { dataset } = draftArticle(raw, { articleId: id, date: labels.date });
    return scoreLabels(id, dataset.figures, labels.figures);
  });
}

export function main(): void {
  console.log('Seed articles (scored against data/<id>.json):');
  console.log(formatScores(evaluateSeeds()));
  console.log('\nSeed figures given the indicator of the curated figure they match:');
  console.log(formatIndicatorScores(evaluateSeedIndicators()));
  console.log(`\nEvaluation articles (scored against ${EVAL_DIR}/<id>.labels.json):`);
  console.log(formatScores(evaluateSet()));
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  existsSync(process.argv[1]) &&
  import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (invokedDirectly) main();
