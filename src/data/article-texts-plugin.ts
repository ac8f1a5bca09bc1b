import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { dataDirs } from './datasets-plugin.ts';
import { emitJsonAsset } from './json-asset.ts';

export const ARTICLE_TEXTS_MODULE = 'virtual:article-texts';
const RESOLVED = `\0${ARTICLE_TEXTS_MODULE}`;
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
 * they are about 9 kB gzipped: in the browser build they are one hashed JSON asset that page
 * fetches (text, not code, so it stays out of the JS the page parses); the server renderer, the
 * dev server and tests get them inline.
 */
export function articleTextsPlugin(): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'eid-article-texts',
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    resolveId(id) {
      return id === ARTICLE_TEXTS_MODULE ? RESOLVED : undefined;
    },
    load(id, options) {
      if (id !== RESOLVED) return undefined;
      const seeds = dataDirs().seeds;
      try {
        for (const name of readdirSync(join(root, seeds)))
          this.addWatchFile(join(root, seeds, name));
      } catch {
        // directory absent: nothing to watch
      }
      const json = JSON.stringify(readArticleTexts(root, seeds));
      if (command === 'build' && !options?.ssr) {
        const url = emitJsonAsset(this, 'article-texts', json);
        return `export const INLINE_TEXTS = null;\nexport const TEXTS_URL = ${url};`;
      }
      return `export const INLINE_TEXTS = ${json};\nexport const TEXTS_URL = null;`;
    },
  };
}
