declare module 'virtual:datasets' {
  import type { LoadResult } from './load';
  /** The validated data, inline (server renderer, dev server, tests), else null. */
  export const LOAD_RESULT: LoadResult | null;
  /** In the browser build: the URL of the validated data as a JSON asset, else null. */
  export const DATA_URL: string | null;
}
