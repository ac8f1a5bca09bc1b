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

/** Data ids are kebab-case (`yuan-per-tonne`); locale keys are camelCase (`yuanPerTonne`). */
export function keyOf(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_match, c: string) => c.toUpperCase());
}
