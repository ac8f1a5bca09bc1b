import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/i18n';

const RESOURCES = { zh: await loadLanguage('zh'), en: await loadLanguage('en') };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Dotted paths of every string in a locale file. */
function leafKeys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? leafKeys(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** A plural key and its base are the same key: English has `day_one`/`day_other`, Chinese `day`. */
function keySet(tree: Record<string, unknown>): string[] {
  return [...new Set(leafKeys(tree).map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
}

describe('locale files', () => {
  it('have the same namespaces in zh and en', () => {
    expect(Object.keys(RESOURCES.zh).sort()).toEqual(Object.keys(RESOURCES.en).sort());
  });

  const namespaces = [...new Set([...Object.keys(RESOURCES.zh), ...Object.keys(RESOURCES.en)])];
  it.each(namespaces)('%s: zh and en have the same keys', (ns) => {
    const zh = keySet(RESOURCES.zh[ns] ?? {});
    const en = keySet(RESOURCES.en[ns] ?? {});
    expect({ ns, missingInZh: en.filter((k) => !zh.includes(k)) }).toEqual({ ns, missingInZh: [] });
    expect({ ns, missingInEn: zh.filter((k) => !en.includes(k)) }).toEqual({ ns, missingInEn: [] });
  });

  it.each(namespaces)('%s: every plural key has an _other form', (ns) => {
    for (const lang of ['zh', 'en'] as const) {
      const keys = leafKeys(RESOURCES[lang][ns] ?? {});
      const plural = keys.filter((k) => PLURAL_SUFFIX.test(k));
      const missing = plural
        .map((k) => k.replace(PLURAL_SUFFIX, '_other'))
        .filter((k) => !keys.includes(k));
      expect({ lang, ns, missing }).toEqual({ lang, ns, missing: [] });
    }
  });

  it.each(namespaces)('%s: no string is empty', (ns) => {
    for (const lang of ['zh', 'en'] as const) {
      const tree = RESOURCES[lang][ns] ?? {};
      const empty = leafKeys(tree).filter((path) => {
        const value = path
          .split('.')
          .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect({ lang, ns, empty }).toEqual({ lang, ns, empty: [] });
    }
  });
});
