import { formatJsonPath } from '../load.ts';
import {
  parseVocabulary,
  VOCABULARY_KINDS,
  type Vocabulary,
  type VocabularyKind,
} from '../vocabulary.ts';
import { parseJsonFile } from './json-text.ts';
import type { Problem } from './problem.ts';

/** Where the vocabulary files live, relative to the data directory's parent (the project root). */
export const VOCABULARY_DIR = 'data/vocabulary';

export const vocabularyFile = (kind: VocabularyKind): string => `${VOCABULARY_DIR}/${kind}.json`;

/**
 * Parses and validates the vocabulary files from their text: the vocabulary, or every
 * problem as `file: JSON path: what is wrong`. A missing file is `undefined` text.
 */
export function checkVocabulary(
  texts: Record<VocabularyKind, string | undefined>,
  fileName: (kind: VocabularyKind) => string = vocabularyFile,
): { vocabulary: Vocabulary | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const parsed: Partial<Record<VocabularyKind, unknown>> = {};
  for (const kind of VOCABULARY_KINDS) {
    const text = texts[kind];
    const file = fileName(kind);
    if (text === undefined) {
      problems.push({ file, path: '$', message: `missing: the ${kind} of the vocabulary` });
      continue;
    }
    const result = parseJsonFile(file, text);
    if (result.problem) problems.push(result.problem);
    else parsed[kind] = result.json;
  }
  if (problems.length > 0) return { vocabulary: null, problems };
  const result = parseVocabulary(parsed as Record<VocabularyKind, unknown>);
  return {
    vocabulary: result.vocabulary,
    problems: result.problems.map((p) => ({
      file: fileName(p.kind),
      path: formatJsonPath(p.path),
      message: p.message,
    })),
  };
}
