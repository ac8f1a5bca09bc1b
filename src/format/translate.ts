import type { TFunction } from 'i18next';

/**
 * `t` seen as a plain string lookup. Keys here are built from data ids at run time, which typed
 * resources (if the app ever declares them) could not check anyway.
 */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Looks up a key of the `format` namespace; values are inserted unescaped (React escapes text). */
export function tf(t: TFunction, key: string, options: Record<string, unknown> = {}): string {
  const translate = t as unknown as Translate;
  return translate(`format:${key}`, { ...options, interpolation: { escapeValue: false } });
}

/** The first of `keys` the `format` namespace has (i18next falls back along the list). */
export function tfFirst(
  t: TFunction,
  keys: readonly string[],
  options: Record<string, unknown> = {},
): string {
  const translate = t as unknown as (key: string[], options?: Record<string, unknown>) => string;
  return translate(
    keys.map((k) => `format:${k}`),
    { ...options, interpolation: { escapeValue: false } },
  );
}

export { keyOf } from '../i18n/keys';
