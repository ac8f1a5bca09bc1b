import type { Lang } from './languages';

/** One language's strings: namespace → nested keys. */
export type LanguageBundle = Record<string, Record<string, unknown>>;

function byNamespace(files: Record<string, Record<string, unknown>>): LanguageBundle {
  return Object.fromEntries(
    Object.entries(files).map(([path, json]) => [path.replace(/^.*\/([\w-]+)\.json$/, '$1'), json]),
  );
}

/**
 * Each language is its own chunk, so a page loads only the strings of its language; the other
 * arrives when the reader switches.
 */
export const BUNDLE_LOADERS: Record<Lang, () => Promise<LanguageBundle>> = {
  zh: () => import('./locales/zh/bundle.ts').then((m) => byNamespace(m.FILES)),
  en: () => import('./locales/en/bundle.ts').then((m) => byNamespace(m.FILES)),
};

export { byNamespace };
