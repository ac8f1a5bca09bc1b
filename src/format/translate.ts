import type { TFunction } from 'i18next';

/**
 * `t` seen as a plain string lookup. Keys here are built from data ids at run time, which typed
 * resources (if the app ever declares them) could not check anyway.
 */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Looks up a key of the `format` namespace. Values are inserted unescaped (React escapes text), as
 * the one i18next instance is set up (i18n/index.ts). Not asked per call: an `interpolation`
 * option makes i18next rebuild its interpolator for that call, most of a translation's time.
 */
export function tf(t: TFunction, key: string, options: Record<string, unknown> = {}): string {
  const translate = t as unknown as Translate;
  return translate(`format:${key}`, options);
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
    options,
  );
}

export { keyOf } from '../i18n/keys';
