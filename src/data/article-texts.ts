import { INLINE_TEXTS, TEXTS_URL } from 'virtual:article-texts';

export interface ArticleTexts {
  /** Each article's full text, by article id. */
  texts: Readonly<Record<string, string>>;
  /** Why the texts could not be loaded (the file and the reason), else null. */
  problem: string | null;
}

let loaded: ArticleTexts | null = INLINE_TEXTS ? { texts: INLINE_TEXTS, problem: null } : null;
let failed: ArticleTexts | null = null;
let pending: Promise<ArticleTexts> | null = null;

async function fetchTexts(url: string): Promise<ArticleTexts> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return { texts: (await response.json()) as Record<string, string>, problem: null };
  } catch (error) {
    return { texts: {}, problem: `${url}: ${String(error)}` };
  }
}

/**
 * Loads the source articles' texts (see scripts/vite/article-texts-plugin.ts) once; the sources
 * page waits for this before it renders, so prerendered HTML and hydration show the same text. A
 * failure is kept as a message for the page to show, and the next call tries again.
 */
export function loadArticleTexts(): Promise<ArticleTexts> {
  if (loaded) return Promise.resolve(loaded);
  pending ??= fetchTexts(TEXTS_URL ?? '').then((result) => {
    pending = null;
    if (result.problem === null) loaded = result;
    else failed = result;
    return result;
  });
  return pending;
}

/** The texts loaded so far, or the last failed load (no texts, and why). */
export function articleTexts(): ArticleTexts {
  return loaded ?? failed ?? { texts: {}, problem: null };
}
