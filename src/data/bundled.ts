import { LOAD_RESULT } from 'virtual:datasets';
import type { LoadResult } from './load';

/**
 * The curated data shipped with the app, validated when the app was built (see
 * datasets-plugin.ts). Only the app's boot code reads this, so components never read data files.
 */
export function bundledData(): LoadResult {
  return LOAD_RESULT;
}

/** Article texts are only needed on the sources page: loaded on demand. */
const articleTexts = import.meta.glob<string>('/seeds/*.txt', { query: '?raw', import: 'default' });

/** The text of an article (`seeds/<id>.txt`), or null when there is none. */
export async function loadArticleText(articleId: string): Promise<string | null> {
  const loader = articleTexts[`/seeds/${articleId}.txt`];
  return loader ? loader() : null;
}
