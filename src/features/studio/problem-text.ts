import type { TFunction } from 'i18next';

/**
 * check:data writes its problems in English, naming the values and paths involved. The studio
 * puts a sentence in the curator's language before each, chosen by what the problem is about;
 * the original follows, since it carries the exact values.
 */
const KINDS: readonly [RegExp, string][] = [
  [/does not occur in its quote/u, 'notInQuote'],
  [/^quote not found in/u, 'quoteNotInArticle'],
  [/^value .* disagrees with asPrinted/u, 'valueDisagrees'],
  [/^value .* disagrees with its formula/u, 'formulaDisagrees'],
  [/^qualifier .* disagrees/u, 'qualifierDisagrees'],
  [/disagrees with indicator|which every figure of indicator/u, 'indicatorDisagrees'],
  [/^conflicts with .* both give indicator/u, 'indicatorConflict'],
  [/^the drafter proposes .* new indicator/u, 'proposedIndicators'],
  [/^unit .* disagrees/u, 'unitDisagrees'],
  [/data\/vocabulary\/|^expected one of/u, 'notInVocabulary'],
  [/^still a placeholder/u, 'placeholder'],
  [/^duplicate id/u, 'duplicateId'],
  [/does not match any figure id|must name a figure|names the figure itself/u, 'badReference'],
  [/formula/u, 'formula'],
  [/^cannot read one figure/u, 'unreadable'],
  [/^missing|needs asPrinted|needs source/u, 'missing'],
];

export function problemKind(message: string): string | null {
  return KINDS.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

/**
 * The problem for the curator: in Chinese, a sentence in their language, then check:data's words
 * (which carry the exact values); in English, check:data's words alone.
 */
export function problemText(message: string, t: TFunction, lang: string): string {
  const kind = problemKind(message);
  if (kind === null || lang !== 'zh') return message;
  return t('studio:problem.wrap', { explanation: t(`studio:problem.${kind}`), message });
}
