/** Languages the dashboard speaks: the route segment, i18next language and `<html lang>` tag. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Intl locale used for numbers and dates. */
export const INTL_LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** A browser language tag to a dashboard language: zh* → zh, anything else → en. */
export function langFromTag(tag: string | null | undefined): Lang {
  return typeof tag === 'string' && tag.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
