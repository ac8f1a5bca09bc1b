import { DATA_URL, INDICATOR_DATA, LOAD_RESULT, SUMMARY_URL } from 'virtual:datasets';
import type { LoadResult } from './load';
import type { DataScope } from './scope';

async function fetchData(url: string): Promise<LoadResult> {
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
      counts: { figures: 0, figuresBySector: {}, eventsBySector: {}, articlesBySector: {} },
      errors: [{ file: url, problems: [{ path: '$', message: String(error) }] }],
    };
  }
}

/** The whole data into a store that holds a part of it (data/scope.ts); nothing if it has it all. */
export async function loadAllInto(store: {
  getState(): { scope: DataScope; loadData(data: LoadResult): void };
}): Promise<void> {
  if (store.getState().scope !== 'all') store.getState().loadData((await bundledData()).data);
}

/**
 * The curated data shipped with the app, validated when the app was built (see
 * scripts/vite/datasets-plugin.ts): the part `scope` names where the build wrote one, else the
 * whole. Only the app's boot code reads this, so components never read data files. If the data
 * cannot be fetched, the page still renders and says which file is missing.
 */
export async function bundledData(
  scope: DataScope = 'all',
): Promise<{ data: LoadResult; scope: DataScope }> {
  if (LOAD_RESULT) return { data: LOAD_RESULT, scope: 'all' };
  const [kind, id] = scope.split(':');
  const url =
    kind === 'summary'
      ? SUMMARY_URL
      : id && INDICATOR_DATA && INDICATOR_DATA.prefix + id + INDICATOR_DATA.suffix;
  if (url) {
    const data = await fetchData(url);
    // A part that cannot be loaded (an indicator the data lacks has none): the whole data instead.
    if (data.errors.length === 0) return { data, scope };
  }
  return { data: await fetchData(DATA_URL ?? ''), scope: 'all' };
}
