import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { dataDirs } from './datasets-plugin.ts';
import { jsonModulePlugin } from './json-asset.ts';

export const ARTICLE_TEXTS_MODULE = 'virtual:article-texts';
const TEXT_FILE = /^([a-z0-9-]+)\.txt$/;

/** The source articles' full texts (`<seeds>/<article-id>.txt`), by article id. */
export function readArticleTexts(
  root: string,
  seedsDir = dataDirs().seeds,
): Record<string, string> {
  let names: string[] = [];
  try {
    names = readdirSync(join(root, seedsDir)).sort();
  } catch {
    return {};
  }
  return Object.fromEntries(
    names.flatMap((name) => {
      const match = TEXT_FILE.exec(name);
      return match ? [[match[1] as string, readFileSync(join(root, seedsDir, name), 'utf8')]] : [];
    }),
  );
}

/**
 * Serves the articles' texts as `virtual:article-texts`. Only the sources page shows them, and
 * they are the largest text the site ships: in the browser build they are one hashed JSON asset
 * that page fetches (text, not code, so it stays out of the JS the page parses); the server
 * renderer, the dev server and tests get them inline.
 */
export function articleTextsPlugin(): Plugin {
  return jsonModulePlugin({
    name: 'eid-article-texts',
    id: ARTICLE_TEXTS_MODULE,
    watchDirs: () => [dataDirs().seeds],
    load: ({ root, browserBuild, emit }) => {
      const json = JSON.stringify(readArticleTexts(root));
      return browserBuild
        ? `export const INLINE_TEXTS = null;\nexport const TEXTS_URL = ${emit('article-texts', json)};`
        : `export const INLINE_TEXTS = ${json};\nexport const TEXTS_URL = null;`;
    },
  });
}
