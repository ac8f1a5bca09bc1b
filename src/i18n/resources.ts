import { byNamespace, type LanguageBundle } from './bundles';
import type { Lang } from './languages';
import { FILES as EN } from './locales/en/bundle';
import { FILES as ZH } from './locales/zh/bundle';

/**
 * Both languages' strings, eagerly: for the server renderer and tests. The browser loads one
 * language at a time through BUNDLE_LOADERS instead.
 */
export const RESOURCES: Record<Lang, LanguageBundle> = { zh: byNamespace(ZH), en: byNamespace(EN) };
