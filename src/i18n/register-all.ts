import { registerLanguage } from './index';
import { LANGS } from './languages';
import { RESOURCES } from './resources';

// Side-effect module for the server renderer and tests: every language's strings, up front.
for (const lang of LANGS) registerLanguage(lang, RESOURCES[lang]);
