import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The fields of each vocabulary file the views read at run time (see src/data/vocab.ts). */
const RUNTIME_FIELDS: Record<string, readonly string[]> = {
  sectors: ['id'],
  measures: ['id', 'kind'],
  bases: ['id', 'caliber'],
};

const VOCABULARY_FILE = /[\\/]data[\\/]vocabulary[\\/](sectors|measures|bases)\.json$/u;

/**
 * In the browser build, the vocabulary files the views import are cut down to the fields they
 * read: names reach the views as strings (the `format` namespace), not as code, so they stay out
 * of the JavaScript a page parses. Node tools and the server renderer read the whole files.
 */
export function vocabularyPlugin(): Plugin {
  let build = false;
  return {
    name: 'eid-vocabulary',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build';
    },
    load(id, options) {
      const match = VOCABULARY_FILE.exec(id);
      if (!build || options?.ssr || !match) return null;
      const kind = match[1] as string;
      const fields = RUNTIME_FIELDS[kind] ?? [];
      const json = JSON.parse(readFileSync(id, 'utf8')) as Record<
        string,
        Record<string, unknown>[]
      >;
      const entries = (json[kind] ?? []).map((entry) =>
        Object.fromEntries(fields.filter((f) => f in entry).map((f) => [f, entry[f]])),
      );
      return JSON.stringify({ [kind]: entries });
    },
  };
}
