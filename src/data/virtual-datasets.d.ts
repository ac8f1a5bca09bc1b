declare module 'virtual:datasets' {
  import type { LoadResult } from './load';
  export const LOAD_RESULT: LoadResult;
}
