declare module 'virtual:datasets' {
  import type { LoadResult } from './load';
  /** The validated data, inline (server renderer, dev server, tests), else null. */
  export const LOAD_RESULT: LoadResult | null;
  /** In the browser build: the URL of the validated data as a JSON asset, else null. */
  export const DATA_URL: string | null;
  /** In the browser build: the URL of the overview's and the index's part of it (subsets.ts). */
  export const SUMMARY_URL: string | null;
  /** In the browser build: an indicator's part is at `prefix + id + suffix`. */
  export const INDICATOR_DATA: { prefix: string; suffix: string } | null;
}
