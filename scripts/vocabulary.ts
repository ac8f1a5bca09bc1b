import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../src/data/provenance/problem.ts';
import { checkVocabulary, VOCABULARY_DIR } from '../src/data/provenance/vocabulary-problems.ts';
import { VOCABULARY_KINDS, type Vocabulary, type VocabularyKind } from '../src/data/vocabulary.ts';

/** The project's vocabulary directory under `root`. */
export const vocabularyDir = (root: string): string => join(root, VOCABULARY_DIR);

const PROJECT_ROOT = join(import.meta.dirname, '..');

/**
 * The vocabulary of the data set in `dataDir`: the one beside its files, or for a data set without
 * one (a test's, the benchmark's generated one) the project's.
 */
export function dataVocabularyDir(dataDir: string): string {
  const own = join(dataDir, 'vocabulary');
  return existsSync(own) ? own : vocabularyDir(PROJECT_ROOT);
}

/** The vocabulary files' text in `dir`; `undefined` for a file that is not there. */
export function readVocabularyTexts(dir: string): Record<VocabularyKind, string | undefined> {
  return Object.fromEntries(
    VOCABULARY_KINDS.map((kind) => {
      const path = join(dir, `${kind}.json`);
      return [kind, existsSync(path) ? readFileSync(path, 'utf8') : undefined];
    }),
  ) as Record<VocabularyKind, string | undefined>;
}

/** The vocabulary in `dir`; throws naming every problem, as check:data prints them. */
export function readVocabulary(dir: string): Vocabulary {
  const { vocabulary, problems } = checkVocabulary(readVocabularyTexts(dir));
  if (vocabulary === null) {
    throw new Error(
      `the vocabulary in data/vocabulary/ is invalid:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
  }
  return vocabulary;
}
