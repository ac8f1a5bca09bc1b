import type { Vocabulary } from '../data/vocabulary.ts';
import { keyOf } from './keys.ts';
import type { Lang } from './languages.ts';

type Strings = Record<string, Record<string, string>>;

const AXIS_FROM_VALUE = (template: string): string => template.replace('{{value}}', '{{scale}}');

/**
 * The `format` strings the vocabulary supplies, in one language: each unit's templates (English
 * with its plural forms), axis labels, and the names of sectors, regions, bases and measures.
 * They are merged into the `format` namespace, so the views print a new unit or region from
 * data/vocabulary/*.json alone.
 */
export function vocabularyStrings(vocabulary: Vocabulary, lang: Lang): Strings {
  const unit: Record<string, string> = {};
  const unitShort: Record<string, string> = {};
  const axis: Record<string, string> = {};
  for (const u of vocabulary.units) {
    const key = keyOf(u.id);
    if (lang === 'zh') {
      unit[key] = u.zh.value;
      // Chinese has no shorter form; the key exists where English has one, so both match.
      if (u.en.short !== undefined) unitShort[key] = u.zh.value;
      axis[key] = u.zh.axis ?? AXIS_FROM_VALUE(u.zh.value);
    } else {
      if (u.en.one !== undefined) {
        unit[`${key}_one`] = u.en.one;
        unit[`${key}_other`] = u.en.other;
      } else unit[key] = u.en.other;
      // Only where a shorter form exists (pp); elsewhere tight places use the full template.
      if (u.en.short !== undefined) unitShort[key] = u.en.short;
      axis[key] = u.en.axis ?? AXIS_FROM_VALUE(u.en.other);
    }
  }
  const names = (entries: readonly { id: string; name: { zh: string; en: string } }[]) =>
    Object.fromEntries(entries.map((e) => [keyOf(e.id), e.name[lang]]));
  return {
    unit,
    unitShort,
    axis,
    sector: names(vocabulary.sectors),
    region: names(vocabulary.regions),
    basis: names(vocabulary.bases),
    measure: names(vocabulary.measures),
  };
}

/** A language's `format` namespace with the vocabulary's strings merged in. */
export function withVocabulary(
  format: Record<string, unknown>,
  vocabulary: Vocabulary,
  lang: Lang,
): Record<string, unknown> {
  return { ...format, ...vocabularyStrings(vocabulary, lang) };
}
