import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonText } from '../../src/curate/draft.ts';
import { formatProblem } from '../../src/data/provenance/problem.ts';
import { checkVocabulary } from '../../src/data/provenance/vocabulary-problems.ts';
import { VOCABULARY_KINDS, type VocabularyKind } from '../../src/data/vocabulary.ts';
import { readVocabularyTexts, vocabularyDir } from '../vocabulary.ts';

/**
 * Adds one entry to a vocabulary file, after checking the whole vocabulary with it the way
 * check:data does; writes nothing and returns the problems when it would not pass.
 */
export function addVocabularyEntry(
  root: string,
  kind: string,
  entry: unknown,
): { added: true } | { added: false; problems: string[] } {
  if (!(VOCABULARY_KINDS as readonly string[]).includes(kind)) {
    return { added: false, problems: [`no vocabulary file named ${JSON.stringify(kind)}`] };
  }
  const vocabularyKind = kind as VocabularyKind;
  const dir = vocabularyDir(root);
  const texts = readVocabularyTexts(dir);
  const current = texts[vocabularyKind];
  if (current === undefined)
    return { added: false, problems: [`data/vocabulary/${kind}.json is missing`] };
  const json = JSON.parse(current) as Record<string, unknown[]>;
  const next = { ...json, [kind]: [...(json[kind] ?? []), entry] };
  const text = toJsonText(next);
  const { problems } = checkVocabulary({ ...texts, [vocabularyKind]: text });
  if (problems.length > 0) return { added: false, problems: problems.map(formatProblem) };
  writeFileSync(join(dir, `${kind}.json`), text);
  return { added: true };
}
