import type { Lang } from './languages';

/**
 * Locale files, one JSON per namespace and language: locales/{zh,en}/<namespace>.json.
 * Eager so prerendered HTML and the hydrating client see the same strings.
 */
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

export type Resources = Record<Lang, Record<string, Record<string, unknown>>>;

export const RESOURCES: Resources = Object.entries(files).reduce<Resources>(
  (acc, [path, json]) => {
    const match = /\.\/locales\/(zh|en)\/([\w-]+)\.json$/.exec(path);
    if (match) {
      const [, lang, ns] = match as unknown as [string, Lang, string];
      acc[lang][ns] = json;
    }
    return acc;
  },
  { zh: {}, en: {} },
);

export const NAMESPACES = Object.keys(RESOURCES.en);
