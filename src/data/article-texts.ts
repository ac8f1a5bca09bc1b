/**
 * The source articles' full texts (`seeds/<article-id>.txt`), by article id. Eager so the text is
 * in place at prerender and at hydration alike; only the sources page imports this module, so the
 * texts ride in that page's chunk, not the initial bundle.
 */
const files = import.meta.glob<string>('/seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const ARTICLE_TEXTS: Record<string, string> = Object.fromEntries(
  Object.entries(files).flatMap(([path, text]) => {
    const match = /\/seeds\/([a-z0-9-]+)\.txt$/.exec(path);
    return match ? [[match[1] as string, text]] : [];
  }),
);
