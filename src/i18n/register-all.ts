import { loadLanguage } from './index';
import { LANGS } from './languages';

// Side-effect module for the server renderer and tests: every language's strings, up front, so
// createI18n is synchronous for either language. It loads them through the same loaders as the
// dev server (no static import of the locale bundles, which would make the loaders' dynamic
// imports pointless in the server build).
await Promise.all(LANGS.map((lang) => loadLanguage(lang)));
