import { LOAD_RESULT } from 'virtual:datasets';
import type { LoadResult } from './load';

/**
 * The curated data shipped with the app, validated when the app was built (see
 * datasets-plugin.ts). Only the app's boot code reads this, so components never read data files.
 */
export function bundledData(): LoadResult {
  return LOAD_RESULT;
}
