declare module 'virtual:article-texts' {
  /** The articles' texts by article id, inline (server renderer, dev server, tests), else null. */
  export const INLINE_TEXTS: Record<string, string> | null;
  /** In the browser build: the URL of the texts as a JSON asset, else null. */
  export const TEXTS_URL: string | null;
}
