import { DATA_URL, LOAD_RESULT } from 'virtual:datasets';
import type { LoadResult } from './load';

/**
 * The curated data shipped with the app, validated when the app was built (see
 * scripts/vite/datasets-plugin.ts). Only the app's boot code reads this, so components never read
 * data files. If the data cannot be fetched, the page still renders and says which file is missing.
 */
export async function bundledData(): Promise<LoadResult> {
  if (LOAD_RESULT) return LOAD_RESULT;
  const url = DATA_URL ?? '';
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as LoadResult;
  } catch (error) {
    return {
      datasets: [],
      articles: [],
      indicators: [],
      digests: {},
      errors: [{ file: url, problems: [{ path: '$', message: String(error) }] }],
    };
  }
}
