import type { Problem } from '../../data/provenance/problem';
import { checkVocabulary } from '../../data/provenance/vocabulary-problems';
import { VOCABULARY_KINDS, type Vocabulary, type VocabularyKind } from '../../data/vocabulary';
import type { ArticleFiles, SaveRequest, SaveResult } from './studio-files';

/** The studio's calls to its local API (scripts/studio/api.ts). */

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok && response.status !== 409) {
    throw new Error(body.error ?? `HTTP ${response.status}`);
  }
  return body;
}

/** The vocabulary on disk, checked by the same code as check:data. */
export async function fetchVocabulary(): Promise<{
  vocabulary: Vocabulary | null;
  problems: Problem[];
}> {
  const { texts } = await json<{ texts: Record<string, string | undefined> }>(
    await fetch('/api/vocabulary'),
  );
  return checkVocabulary(
    Object.fromEntries(VOCABULARY_KINDS.map((kind) => [kind, texts[kind]])) as Record<
      VocabularyKind,
      string | undefined
    >,
  );
}

export async function fetchArticleIds(): Promise<string[]> {
  return (await json<{ articles: string[] }>(await fetch('/api/articles'))).articles;
}

export async function fetchArticle(id: string): Promise<ArticleFiles> {
  const url = `/api/article?id=${encodeURIComponent(id)}`;
  return (await json<{ files: ArticleFiles }>(await fetch(url))).files;
}

export async function saveArticle(request: SaveRequest): Promise<SaveResult> {
  const response = await fetch('/api/save', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  return json<SaveResult>(response);
}

/** Adds an entry to data/vocabulary/<kind>.json; the problems when the vocabulary would not pass. */
export async function addVocabularyEntry(
  kind: string,
  entry: unknown,
): Promise<{ added: true } | { added: false; problems: string[] }> {
  const response = await fetch('/api/vocabulary', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ kind, entry }),
  });
  return (await response.json()) as { added: true } | { added: false; problems: string[] };
}

/** The other articles' data files, parsed; a file that does not parse is left out here. */
export async function fetchOtherDatasets(
  except: string,
): Promise<{ file: string; json: unknown }[]> {
  const { files } = await json<{ files: { id: string; text: string | null }[] }>(
    await fetch('/api/datasets'),
  );
  return files.flatMap(({ id, text }) => {
    if (id === except || text === null) return [];
    try {
      return [{ file: `data/${id}.json`, json: JSON.parse(text) as unknown }];
    } catch {
      return [];
    }
  });
}
