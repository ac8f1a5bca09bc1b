import { STRINGS_URLS } from 'virtual:strings';
import type { Lang } from './languages';

/** One language's strings: namespace → nested keys. */
export type LanguageBundle = Record<string, Record<string, unknown>>;

function byNamespace(files: Record<string, Record<string, unknown>>): LanguageBundle {
  return Object.fromEntries(
    Object.entries(files).map(([path, json]) => [path.replace(/^.*\/([\w-]+)\.json$/, '$1'), json]),
  );
}

/** Fetches a language's strings (a JSON asset of the build); a failure names the file. */
export async function fetchBundle(url: string): Promise<LanguageBundle> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`Could not load the strings ${url}: ${String(error)}`);
  }
  if (!response.ok) throw new Error(`Could not load the strings ${url}: HTTP ${response.status}`);
  return (await response.json()) as LanguageBundle;
}

/**
 * The browser build fetches a language's strings as a JSON asset (scripts/vite/strings-plugin.ts);
 * the dev server, the server renderer and tests import the namespace files as modules. The choice
 * rests on build constants, so each build keeps only its own branch (no unused string chunks).
 */
const FETCH_STRINGS = !import.meta.env.DEV && !import.meta.env.SSR;

function fetchLanguage(lang: Lang): Promise<LanguageBundle> {
  if (!STRINGS_URLS)
    return Promise.reject(new Error(`No URL for the ${lang} strings in this build`));
  return fetchBundle(STRINGS_URLS[lang]);
}

/**
 * A page loads only the strings of its language; the other arrives when the reader switches.
 */
export const BUNDLE_LOADERS: Record<Lang, () => Promise<LanguageBundle>> = FETCH_STRINGS
  ? { zh: () => fetchLanguage('zh'), en: () => fetchLanguage('en') }
  : {
      zh: () => import('./locales/zh/bundle.ts').then((m) => byNamespace(m.FILES)),
      en: () => import('./locales/en/bundle.ts').then((m) => byNamespace(m.FILES)),
    };
