import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { withVocabulary } from '../../src/i18n/vocabulary-strings.ts';
import { readVocabulary, vocabularyDir } from '../vocabulary.ts';
import { jsonModulePlugin } from './json-asset.ts';

export const STRINGS_MODULE = 'virtual:strings';
const LOCALES_DIR = 'src/i18n/locales';

/**
 * One language's namespace files merged into `{ namespace: strings }`, namespaces sorted, with
 * the vocabulary's strings (data/vocabulary/*.json) merged into `format`.
 */
export function mergeNamespaces(root: string, lang: Lang): Record<string, unknown> {
  const dir = join(root, LOCALES_DIR, lang);
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  return Object.fromEntries(
    names.map((n) => {
      const file = join(dir, n);
      try {
        const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        const namespace = n.replace(/\.json$/, '');
        return [
          namespace,
          namespace === 'format'
            ? withVocabulary(json, readVocabulary(vocabularyDir(root)), lang)
            : json,
        ];
      } catch (error) {
        throw new Error(`${LOCALES_DIR}/${lang}/${n}: invalid JSON: ${(error as Error).message}`);
      }
    }),
  );
}

/**
 * In the browser build, each language's strings become one hashed JSON asset, fetched beside the
 * view's chunk: strings are data, not code, so they stay out of the JS the page parses and
 * compiles (JSON parses faster than the same object as a script). `virtual:strings` exports
 * their URLs; the dev server, the server renderer and tests get `null` and import the namespace
 * files as modules instead (see bundles.ts).
 */
export function stringsPlugin(): Plugin {
  return jsonModulePlugin({
    name: 'eid-strings',
    id: STRINGS_MODULE,
    load: ({ root, browserBuild, emit }) => {
      if (!browserBuild) return 'export const STRINGS_URLS = null;';
      const entries = LANGS.map((lang) => {
        const url = emit(`strings-${lang}`, JSON.stringify(mergeNamespaces(root, lang)));
        return `${JSON.stringify(lang)}: ${url}`;
      }).join(', ');
      return `export const STRINGS_URLS = { ${entries} };`;
    },
  });
}
